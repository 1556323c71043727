/**
 * Chapter 2's sentence classifier, three ways: the same RNN trained side by side with
 * the final state, the mean and the max of its hidden states as the sentence
 * encoding s. Held-out accuracy as they learn, and how each encodes the reader's
 * sentence. Data: the documented grammar in src/data/sentiment-grammar.ts.
 */
import type { WidgetProps } from '../registry';
import { useMessages } from '../../app/messages';
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
import { wordText } from '../word-shared/text';
import { sentenceNote } from '../word-shared/sentence-note';
import { PoolingCard } from './PoolingCard';
import { poolingText } from './text';
import { SENTIMENT_POOLING_PREFIX, sentimentPoolingSchema } from './schema';
import '../word-shared/word.css';

const POOLINGS: readonly Pooling[] = ['final', 'mean', 'max'];
const LOOKS: Record<Pooling, Omit<CurveStyle, 'key' | 'label'>> = {
  final: { colour: GATE_COLOURS.hidden },
  mean: { colour: GATE_COLOURS.i },
  max: { colour: GATE_COLOURS.o, dash: '6 3' },
};

export default function SentimentPooling(props: WidgetProps) {
  const w = useMessages(wordText);
  const m = useMessages(poolingText);
  const styles: readonly CurveStyle[] = POOLINGS.map((key) => ({ key, label: m[key], ...LOOKS[key] }));
  const cellOptions = [{ value: 'rnn', label: w.simpleRnn }, { value: 'lstm', label: 'LSTM' }] as const;
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
  useWidgetShortcuts(m.shortcutsTitle, [
    { key: 't', label: running ? w.stopKey : w.trainKey, run: running ? stop : train },
  ], { urlPrefix: SENTIMENT_POOLING_PREFIX });

  return (
    <div ref={ref} className="sentiment-pooling">
      <WidgetChrome title={m.title} notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => { clear(); store.getState().reset(); }} />
      <Controls label={m.settings}>
        <Select label={w.recurrentCell} value={settings.cell} options={cellOptions} onChange={(cell) => set({ cell })} disabled={running} />
        <Slider label={w.hiddenUnits} value={settings.hidden} min={8} max={32} step={8} onChange={(hidden) => set({ hidden })} disabled={running} />
        <Slider label={w.stepsPerPress} value={settings.steps} min={20} max={1500} step={20} onChange={(steps) => set({ steps })} disabled={running} />
        <NumberField label={w.seed} value={settings.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
        <TrainBar status={results.status} trainLabel={m.train} onTrain={train} onStop={stop} onClear={clear} error={results.error}
          summary={runSummary(w, results, styles, m.unit)} />
      </Controls>
      <AccuracyCurves runs={results.runs} styles={styles} width={width} chance={0.5} maxStep={maxStep}
        title={m.chart} />
      <div className="legend">
        {styles.map((s) => <span key={s.key}><span className="legend-swatch" style={{ background: s.colour }} />{s.label}</span>)}
      </div>
      <SentenceField label={w.sentenceLabel} value={settings.text}
        onChange={(text) => set({ text })} note={sentenceNote(w, settings.text, sentence, MAX_SENTIMENT_TOKENS)} />
      <div className="word-models">
        {styles.map((s, k) => (
          <PoolingCard key={s.key} pooling={POOLINGS[k]} label={s.label} colour={s.colour} run={results.runs[s.key]}
            reading={reading?.[s.key]} tokens={sentence.tokens} width={Math.min(width, 360)} />
        ))}
      </div>
      <p className="readout">{m.data}</p>
      <DataTable summary={m.tableSummary}
        columns={[m.encoding, m.heldOutAccuracy, m.steps, m.pPositiveColumn]}
        rows={styles.map((s) => {
          const r = results.runs[s.key];
          const p = reading?.[s.key]?.probs[1];
          return [s.label, r && Number.isFinite(r.accuracy) ? `${(r.accuracy * 100).toFixed(1)}%` : '—', r?.step ?? 0, p === undefined ? '—' : p.toFixed(3)];
        })} />
    </div>
  );
}
