/**
 * Chapter 2's sentence classifier, three ways: the same RNN trained side by side with
 * the final state, the mean and the max of its hidden states as the sentence
 * encoding s. Held-out accuracy as they learn, and how each encodes the reader's
 * sentence. Data: the documented grammar in src/data/sentiment-grammar.ts.
 */
import type { WidgetProps } from '../registry';
import type { Pooling } from '../../core/spec';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { DataTable } from '../../viz/DataTable';
import { GATE_COLOURS } from '../../viz/scales';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, NumberField, Select, Slider } from '../ui/controls';
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import { SENTIMENT_VOCAB, MAX_SENTIMENT_TOKENS } from '../../data/sentiment-grammar';
import { emptyWordRun } from '../word-shared/run-state';
import { useWordRun } from '../word-shared/use-word-run';
import { TrainBar } from '../word-shared/TrainBar';
import { AccuracyCurves, type CurveStyle } from '../word-shared/AccuracyCurves';
import { SentenceField } from '../word-shared/SentenceField';
import { runSummary } from '../word-shared/summary';
import { PoolingCard } from './PoolingCard';
import { SENTIMENT_POOLING_PREFIX, sentimentPoolingSchema } from './schema';
import '../word-shared/word.css';

const POOLINGS: readonly Pooling[] = ['final', 'mean', 'max'];
const STYLES: readonly CurveStyle[] = [
  { key: 'final', label: 'final state h(T)', colour: GATE_COLOURS.hidden },
  { key: 'mean', label: 'mean pooling', colour: GATE_COLOURS.i },
  { key: 'max', label: 'max pooling', colour: GATE_COLOURS.o, dash: '6 3' },
];
const CELL_OPTIONS = [{ value: 'rnn', label: 'simple RNN' }, { value: 'lstm', label: 'LSTM' }] as const;

export default function SentimentPooling(props: WidgetProps) {
  const store = useWidgetStore(sentimentPoolingSchema, SENTIMENT_POOLING_PREFIX, props, emptyWordRun());
  const { settings, notices, results } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices, results: s.results }));
  const [ref, width] = useWidth<HTMLDivElement>();
  const set = store.getState().set;
  const sentence = SENTIMENT_VOCAB.read(settings.text, MAX_SENTIMENT_TOKENS);
  const { train, stop, clear } = useWordRun(store, {
    fresh: () => {
      const s = store.getState().settings;
      return {
        dataset: 'sentiment-sentence',
        seed: s.seed,
        models: POOLINGS.map((pooling) => ({
          key: pooling,
          spec: { cell: s.cell, vocab: SENTIMENT_VOCAB.size, embed: 12, hidden: s.hidden, head: 'classifier', classes: 2, pooling },
        })),
      };
    },
    steps: () => store.getState().settings.steps,
    evalEvery: 20,
    sentenceIds: () => SENTIMENT_VOCAB.read(store.getState().settings.text, MAX_SENTIMENT_TOKENS).ids,
  });
  const running = results.status === 'running';
  const reading = results.reading && results.readingFor === sentence.ids.join(' ') ? results.reading : null;
  const maxStep = Math.max(settings.steps, ...Object.values(results.runs).map((r) => r.step));
  useWidgetShortcuts('Sentiment: final, mean, max', [
    { key: 't', label: running ? 'stop training' : 'train', run: running ? stop : train },
  ], { urlPrefix: SENTIMENT_POOLING_PREFIX });

  return (
    <div ref={ref} className="sentiment-pooling">
      <WidgetChrome title="Sentence encoding: final state, mean or max" notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => { clear(); store.getState().reset(); }} />
      <Controls label="Sentiment classifier settings">
        <Select label="recurrent cell" value={settings.cell} options={CELL_OPTIONS} onChange={(cell) => set({ cell })} disabled={running} />
        <Slider label="hidden units n" value={settings.hidden} min={8} max={32} step={8} onChange={(hidden) => set({ hidden })} disabled={running} />
        <Slider label="training steps per press" value={settings.steps} min={20} max={1500} step={20} onChange={(steps) => set({ steps })} disabled={running} />
        <NumberField label="seed (weights and data)" value={settings.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
        <TrainBar status={results.status} trainLabel="Train all three" onTrain={train} onStop={stop} onClear={clear} error={results.error}
          summary={runSummary(results, STYLES, 'sentences')} />
      </Controls>
      <AccuracyCurves runs={results.runs} styles={STYLES} width={width} chance={0.5} maxStep={maxStep}
        title="Held-out sentence accuracy against training steps for the final, mean and max encodings" />
      <div className="legend">
        {STYLES.map((s) => <span key={s.key}><span className="legend-swatch" style={{ background: s.colour }} />{s.label}</span>)}
      </div>
      <SentenceField label="Your sentence (words of the grammar; others are read as unknown)" value={settings.text}
        onChange={(text) => set({ text })} note={sentence.note} />
      <div className="word-models">
        {STYLES.map((s, k) => (
          <PoolingCard key={s.key} pooling={POOLINGS[k]} label={s.label} colour={s.colour} run={results.runs[s.key]}
            reading={reading?.[s.key]} tokens={sentence.tokens} width={Math.min(width, 360)} />
        ))}
      </div>
      <p className="readout">The data are sentences from a small hand-written grammar (“the plot was not terribly dull , to me .”):
        2,400 for training, 600 held out. The decisive words sit anywhere, often followed by a neutral phrase, so the final
        state must carry them to the end, while mean and max connect every word to the classifier directly.</p>
      <DataTable summary="Accuracy and reading of your sentence for each encoding"
        columns={['encoding', 'held-out accuracy', 'steps', 'P(positive) for your sentence']}
        rows={STYLES.map((s) => {
          const r = results.runs[s.key];
          const p = reading?.[s.key]?.probs[1];
          return [s.label, r && Number.isFinite(r.accuracy) ? `${(r.accuracy * 100).toFixed(1)}%` : '—', r?.step ?? 0, p === undefined ? '—' : p.toFixed(3)];
        })} />
    </div>
  );
}
