/**
 * Chapter 5's "the movie was terribly exciting!": a per-token sentiment tagger read
 * left to right only, and the same tagger bidirectional, trained side by side on
 * grammar sentences where an intensifier or "not" takes the polarity of what follows.
 * Under each word, each model's reading; for the chosen word, h(t) = [h→(t); h←(t)].
 */
import type { WidgetProps } from '../registry';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { DataTable } from '../../viz/DataTable';
import { GATE_COLOURS, signedColour } from '../../viz/scales';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, NumberField, Slider } from '../ui/controls';
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import { SENTIMENT_VOCAB, MAX_SENTIMENT_TOKENS, TOKEN_CLASSES } from '../../data/sentiment-grammar';
import { emptyWordRun } from '../word-shared/run-state';
import { useWordRun } from '../word-shared/use-word-run';
import { TrainBar } from '../word-shared/TrainBar';
import { AccuracyCurves, type CurveStyle } from '../word-shared/AccuracyCurves';
import { SentenceField } from '../word-shared/SentenceField';
import { TokenReadings } from '../word-shared/TokenReadings';
import { ConcatState } from './ConcatState';
import { BIDIRECTIONAL_SENTIMENT_PREFIX, bidirectionalSentimentSchema } from './schema';
import '../word-shared/word.css';

const STYLES: readonly CurveStyle[] = [
  { key: 'forward', label: 'forward only', colour: GATE_COLOURS.hidden },
  { key: 'bidirectional', label: 'bidirectional', colour: GATE_COLOURS.grad, dash: '6 3' },
];
const diverging = signedColour(1);
export const SENTIMENT_COLOURS = [diverging(-1), '#9a9a9a', diverging(1)];
const pct = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '—');

export default function BidirectionalSentiment(props: WidgetProps) {
  const store = useWidgetStore(bidirectionalSentimentSchema, BIDIRECTIONAL_SENTIMENT_PREFIX, props, emptyWordRun());
  const { settings, notices, results } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices, results: s.results }));
  const [ref, width] = useWidth<HTMLDivElement>();
  const set = store.getState().set;
  const sentence = SENTIMENT_VOCAB.read(settings.text, MAX_SENTIMENT_TOKENS);
  const { train, stop, clear } = useWordRun(store, {
    fresh: () => {
      const s = store.getState().settings;
      return {
        dataset: 'sentiment-tokens',
        seed: s.seed,
        models: STYLES.map(({ key }) => ({
          key,
          spec: { cell: 'rnn', vocab: SENTIMENT_VOCAB.size, embed: 12, hidden: s.hidden, head: 'tagger', classes: 3, bidirectional: key === 'bidirectional' },
        })),
      };
    },
    steps: () => store.getState().settings.steps,
    evalEvery: 20,
    viewKeys: ['at'],
    sentenceIds: () => SENTIMENT_VOCAB.read(store.getState().settings.text, MAX_SENTIMENT_TOKENS).ids,
  });
  const running = results.status === 'running';
  const reading = results.reading && results.readingFor === sentence.ids.join(' ') ? results.reading : null;
  const T = sentence.tokens.length;
  const t = Math.min(settings.at, Math.max(1, T)) - 1;
  const maxStep = Math.max(settings.steps, ...Object.values(results.runs).map((r) => r.step));
  useWidgetShortcuts('Bidirectional sentiment', [
    { key: 't', label: running ? 'stop training' : 'train', run: running ? stop : train },
    { key: ']', label: 'next word', run: () => set({ at: Math.min(T, t + 2) }) },
    { key: '[', label: 'previous word', run: () => set({ at: Math.max(1, t) }) },
  ], { urlPrefix: BIDIRECTIONAL_SENTIMENT_PREFIX });
  const fw = reading?.forward;
  const bi = reading?.bidirectional;
  const readingAt = (r: typeof fw) => {
    if (!r || t >= r.length) return '—';
    const p = r.probs.subarray(t * 3, t * 3 + 3);
    return TOKEN_CLASSES.map((c, k) => `${c} ${p[k].toFixed(2)}`).join(', ');
  };

  return (
    <div ref={ref} className="bidirectional-sentiment">
      <WidgetChrome title="Reading “terribly”: forward only vs bidirectional" notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => { clear(); store.getState().reset(); }} />
      <Controls label="Bidirectional sentiment settings">
        <Slider label="hidden units per direction n" value={settings.hidden} min={8} max={32} step={8} onChange={(hidden) => set({ hidden })} disabled={running} />
        <Slider label="training steps per press" value={settings.steps} min={20} max={1500} step={20} onChange={(steps) => set({ steps })} disabled={running} />
        <NumberField label="seed (weights and data)" value={settings.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
        <TrainBar status={results.status} trainLabel="Train both" onTrain={train} onStop={stop} onClear={clear} error={results.error}
          summary={summary(results.status, results.runs)} />
      </Controls>
      <AccuracyCurves runs={results.runs} styles={STYLES} width={width} chance={0} maxStep={maxStep} metric="focus"
        yLabel="accuracy on “terribly”, “not” …" title="Held-out accuracy on the words whose polarity comes from what follows them, against training steps, forward-only and bidirectional" />
      <div className="legend">
        {STYLES.map((s) => <span key={s.key}><span className="legend-swatch" style={{ background: s.colour }} />{s.label}</span>)}
        {TOKEN_CLASSES.map((c, k) => <span key={c}><span className="legend-swatch" style={{ background: SENTIMENT_COLOURS[k] }} />{c}</span>)}
      </div>
      <SentenceField label="Your sentence (words of the grammar; others are read as unknown)" value={settings.text}
        onChange={(text) => set({ text, at: Math.min(settings.at, Math.max(1, SENTIMENT_VOCAB.read(text, MAX_SENTIMENT_TOKENS).tokens.length)) })} note={sentence.note} />
      <p className="word-row-labels">Under each word: the forward-only reading, then the bidirectional one. Choose a word (or use ← →) to see its hidden state.</p>
      <TokenReadings tokens={sentence.tokens} unknown={sentence.unknown} classes={TOKEN_CLASSES} colours={SENTIMENT_COLOURS}
        rows={STYLES.map((s) => ({ key: s.key, label: s.label, probs: reading?.[s.key]?.probs ?? null }))}
        selected={t} onSelect={(k) => set({ at: k + 1 })} label="Each model's sentiment reading of every word" />
      {T > 0 && <p className="readout" data-testid="reading-at">At “{sentence.tokens[t]}”: forward only reads {readingAt(fw)}; bidirectional reads {readingAt(bi)}.</p>}
      <ConcatState forward={fw} bidirectional={bi} tokens={sentence.tokens} t={t} width={width} />
      <p className="readout">Data: grammar sentences (src/data/sentiment-grammar.ts) where every word is labelled negative, neutral or
        positive, and “terribly”, “awfully”, “really” … and “not” take the polarity of the phrase they start, decided by the words after them.</p>
      <DataTable summary="Held-out accuracy of each model, on all words and on the words that need the right context"
        columns={['model', 'all words', '“terribly”, “not” … (need what follows)', 'steps']}
        rows={STYLES.map((s) => {
          const r = results.runs[s.key];
          return [s.label, pct(r?.accuracy), pct(r?.focusAccuracy), r?.step ?? 0];
        })} />
    </div>
  );
}

function summary(status: string, runs: Record<string, { accuracy: number; focusAccuracy: number }>): string {
  if (status === 'idle') return 'Press “Train both”: a forward-only and a bidirectional per-word tagger train side by side in a background worker.';
  const f = runs.forward;
  const b = runs.bidirectional;
  const head = status === 'running' ? 'Training…' : status === 'finished' ? 'Trained.' : 'Stopped.';
  return `${head} On held-out words like “terribly” and “not”, whose polarity comes from the next words: forward only ${pct(f?.focusAccuracy)}, bidirectional ${pct(b?.focusAccuracy)}. All words: ${pct(f?.accuracy)} vs ${pct(b?.accuracy)}.`;
}
