/**
 * Chapter 2's sequence tagger: a left-to-right RNN with a softmax over part-of-speech
 * tags at every word, trained live on grammar sentences (src/data/pos-grammar.ts).
 * Under each word of the reader's sentence: the predicted tag and its probability.
 */
import type { WidgetProps } from '../registry';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { DataTable } from '../../viz/DataTable';
import { GATE_COLOURS } from '../../viz/scales';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, NumberField, Select, Slider } from '../ui/controls';
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import { POS_VOCAB, POS_TAGS, MAX_POS_TOKENS, AMBIGUOUS } from '../../data/pos-grammar';
import { emptyWordRun } from '../word-shared/run-state';
import { useWordRun } from '../word-shared/use-word-run';
import { TrainBar } from '../word-shared/TrainBar';
import { AccuracyCurves, type CurveStyle } from '../word-shared/AccuracyCurves';
import { SentenceField } from '../word-shared/SentenceField';
import { TokenReadings } from '../word-shared/TokenReadings';
import { TAGGER_PREFIX, taggerSchema } from './schema';
import '../word-shared/word.css';

const STYLES: readonly CurveStyle[] = [{ key: 'tagger', label: 'all words', colour: GATE_COLOURS.hidden }];
const FOCUS_STYLE: readonly CurveStyle[] = [{ key: 'tagger', label: 'ambiguous words', colour: GATE_COLOURS.grad }];
const COLOURS = POS_TAGS.map(() => GATE_COLOURS.hidden);
const CELL_OPTIONS = [{ value: 'rnn', label: 'simple RNN' }, { value: 'lstm', label: 'LSTM' }] as const;
const pct = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '—');

export default function Tagger(props: WidgetProps) {
  const store = useWidgetStore(taggerSchema, TAGGER_PREFIX, props, emptyWordRun());
  const { settings, notices, results } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices, results: s.results }));
  const [ref, width] = useWidth<HTMLDivElement>();
  const set = store.getState().set;
  const sentence = POS_VOCAB.read(settings.text, MAX_POS_TOKENS);
  const { train, stop, clear } = useWordRun(store, {
    fresh: () => {
      const s = store.getState().settings;
      return {
        dataset: 'pos',
        seed: s.seed,
        models: [{ key: 'tagger', spec: { cell: s.cell, vocab: POS_VOCAB.size, embed: 12, hidden: s.hidden, head: 'tagger', classes: POS_TAGS.length } }],
      };
    },
    steps: () => store.getState().settings.steps,
    evalEvery: 20,
    sentenceIds: () => POS_VOCAB.read(store.getState().settings.text, MAX_POS_TOKENS).ids,
  });
  const running = results.status === 'running';
  const reading = results.reading && results.readingFor === sentence.ids.join(' ') ? results.reading : null;
  const run = results.runs.tagger;
  const maxStep = Math.max(settings.steps, run?.step ?? 0);
  useWidgetShortcuts('Part-of-speech tagger', [
    { key: 't', label: running ? 'stop training' : 'train', run: running ? stop : train },
  ], { urlPrefix: TAGGER_PREFIX });
  const status = results.status === 'idle'
    ? 'Press “Train the tagger”: it trains in a background worker; held-out accuracy is measured every 20 steps.'
    : `${running ? 'Training…' : results.status === 'finished' ? 'Trained.' : 'Stopped.'} Held-out accuracy: ${pct(run?.accuracy)} of all words, ${pct(run?.focusAccuracy)} of the ambiguous ones (${AMBIGUOUS.join(', ')}).`;

  return (
    <div ref={ref} className="tagger">
      <WidgetChrome title="Part-of-speech tagger, trained live" notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => { clear(); store.getState().reset(); }} />
      <Controls label="Tagger settings">
        <Select label="recurrent cell" value={settings.cell} options={CELL_OPTIONS} onChange={(cell) => set({ cell })} disabled={running} />
        <Slider label="hidden units n" value={settings.hidden} min={8} max={32} step={8} onChange={(hidden) => set({ hidden })} disabled={running} />
        <Slider label="training steps per press" value={settings.steps} min={20} max={1500} step={20} onChange={(steps) => set({ steps })} disabled={running} />
        <NumberField label="seed (weights and data)" value={settings.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
        <TrainBar status={results.status} trainLabel="Train the tagger" onTrain={train} onStop={stop} onClear={clear} error={results.error} summary={status} />
      </Controls>
      <SentenceField label="Your sentence (words of the grammar; others are read as unknown)" value={settings.text}
        onChange={(text) => set({ text })} note={sentence.note} />
      <TokenReadings tokens={sentence.tokens} unknown={sentence.unknown} classes={POS_TAGS} colours={COLOURS}
        rows={[{ key: 'tagger', label: 'predicted tag', probs: reading?.tagger?.probs ?? null }]} label="Predicted part-of-speech tag and its probability under each word" />
      <div className="chart-row">
        <div>
          <p className="chart-title">All held-out words</p>
          <AccuracyCurves runs={results.runs} styles={STYLES} width={width > 600 ? Math.floor((width - 16) / 2) : width} chance={0} maxStep={maxStep}
            title="Held-out tagging accuracy against training steps" />
        </div>
        <div>
          <p className="chart-title">Ambiguous words only (book, watch, play, run, fish, plan, can)</p>
          <AccuracyCurves runs={results.runs} styles={FOCUS_STYLE} width={width > 600 ? Math.floor((width - 16) / 2) : width} chance={0} maxStep={maxStep} metric="focus"
            title="Held-out accuracy on words that are nouns or verbs depending on context" />
        </div>
      </div>
      <p className="readout">Tags: {POS_TAGS.join(', ')}. The data come from a small hand-written grammar of 3,000 sentences
        (600 held out), where “book”, “watch”, “play” … are nouns after “the” or an adjective and verbs after “we” or “can”.</p>
      <DataTable summary="Predicted tag and probability for each word of your sentence"
        columns={['word', 'predicted tag', 'probability']}
        rows={sentence.tokens.map((w, t) => {
          const p = reading?.tagger?.probs;
          if (!p) return [w, '—', '—'];
          const K = POS_TAGS.length;
          let best = 0;
          for (let k = 1; k < K; k++) if (p[t * K + k] > p[t * K + best]) best = k;
          return [w, POS_TAGS[best], p[t * K + best]];
        })} />
    </div>
  );
}
