/**
 * Chapter 2's sequence tagger: a left-to-right RNN with a softmax over part-of-speech
 * tags at every word, trained live on grammar sentences (src/data/pos-grammar.ts).
 * Under each word of the reader's sentence: the predicted tag and its probability.
 */
import type { WidgetProps } from '../registry';
import { useMessages } from '../../app/messages';
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
import { wordText } from '../word-shared/text';
import { sentenceNote } from '../word-shared/sentence-note';
import { TAGGER_PREFIX, taggerSchema } from './schema';
import { taggerText } from './text';
import '../word-shared/word.css';

const COLOURS = POS_TAGS.map(() => GATE_COLOURS.hidden);
const pct = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '—');

export default function Tagger(props: WidgetProps) {
  const w = useMessages(wordText);
  const m = useMessages(taggerText);
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
  const styles: readonly CurveStyle[] = [{ key: 'tagger', label: m.allWords, colour: GATE_COLOURS.hidden }];
  const focusStyle: readonly CurveStyle[] = [{ key: 'tagger', label: m.ambiguousWords, colour: GATE_COLOURS.grad }];
  const cellOptions = [{ value: 'rnn', label: w.simpleRnn }, { value: 'lstm', label: 'LSTM' }] as const;
  const reading = results.reading && results.readingFor === sentence.ids.join(' ') ? results.reading : null;
  const run = results.runs.tagger;
  const maxStep = Math.max(settings.steps, run?.step ?? 0);
  useWidgetShortcuts(m.shortcutsTitle, [
    { key: 't', label: running ? w.stopKey : w.trainKey, run: running ? stop : train },
  ], { urlPrefix: TAGGER_PREFIX });
  const status = results.status === 'idle'
    ? m.idle
    : `${w.runHead(results.status)} ${m.accuracy(pct(run?.accuracy), pct(run?.focusAccuracy), AMBIGUOUS.join(', '))}`;

  return (
    <div ref={ref} className="tagger">
      <WidgetChrome title={m.title} notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => { clear(); store.getState().reset(); }} />
      <Controls label={m.settings}>
        <Select label={w.recurrentCell} value={settings.cell} options={cellOptions} onChange={(cell) => set({ cell })} disabled={running} />
        <Slider label={w.hiddenUnits} value={settings.hidden} min={8} max={32} step={8} onChange={(hidden) => set({ hidden })} disabled={running} />
        <Slider label={w.stepsPerPress} value={settings.steps} min={20} max={1500} step={20} onChange={(steps) => set({ steps })} disabled={running} />
        <NumberField label={w.seed} value={settings.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
        <TrainBar status={results.status} trainLabel={m.train} onTrain={train} onStop={stop} onClear={clear} error={results.error} summary={status} />
      </Controls>
      <SentenceField label={w.sentenceLabel} value={settings.text}
        onChange={(text) => set({ text })} note={sentenceNote(w, settings.text, sentence, MAX_POS_TOKENS)} />
      <TokenReadings tokens={sentence.tokens} unknown={sentence.unknown} classes={POS_TAGS} colours={COLOURS}
        rows={[{ key: 'tagger', label: m.predictedTag, probs: reading?.tagger?.probs ?? null }]} label={m.readingsLabel} />
      <div className="chart-row">
        <div>
          <p className="chart-title">{m.allHeldOut}</p>
          <AccuracyCurves runs={results.runs} styles={styles} width={width > 600 ? Math.floor((width - 16) / 2) : width} chance={0} maxStep={maxStep}
            title={m.allChart} />
        </div>
        <div>
          <p className="chart-title">{m.ambiguousOnly(AMBIGUOUS.join(', '))}</p>
          <AccuracyCurves runs={results.runs} styles={focusStyle} width={width > 600 ? Math.floor((width - 16) / 2) : width} chance={0} maxStep={maxStep} metric="focus"
            title={m.ambiguousChart} />
        </div>
      </div>
      <p className="readout">{m.data(POS_TAGS.join(', '))}</p>
      <DataTable summary={m.tableSummary}
        columns={[m.word, m.predictedTag, m.probability]}
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
