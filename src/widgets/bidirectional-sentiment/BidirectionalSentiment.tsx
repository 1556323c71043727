/**
 * Chapter 5's "the movie was terribly exciting!": a per-token sentiment tagger read
 * left to right only, and the same tagger bidirectional, trained side by side on
 * grammar sentences where an intensifier or "not" takes the polarity of what follows.
 * Under each word, each model's reading; for the chosen word, h(t) = [h→(t); h←(t)].
 */
import type { WidgetProps } from '../widget-props';
import { useMessages } from '../../app/messages';
import { DataTable } from '../../viz/DataTable';
import { GATE_COLOURS, signedColour } from '../../viz/scales';
import { MAX_SENTIMENT_TOKENS, TOKEN_CLASSES } from '../../data/sentiment-grammar';
import { AccuracyCurves, type CurveStyle } from '../word-shared/AccuracyCurves';
import { SentenceField } from '../word-shared/SentenceField';
import { TokenReadings } from '../word-shared/TokenReadings';
import type { WordText } from '../word-shared/text';
import type { WordRunResults } from '../word-shared/run-state';
import { sentenceNote } from '../word-shared/sentence-note';
import { ConcatState } from './ConcatState';
import { bidirectionalText, type BidirectionalText } from './text';
import { BIDIRECTIONAL_SENTIMENT_PREFIX, bidirectionalSentimentSchema } from './schema';
import { DIRECTIONS, bidirectionalFresh, readSentimentSentence, BIDIRECTIONAL_EVAL_EVERY } from './job';
import { useWordWidget } from '../word-shared/use-word-widget';
import { WordRunControls } from '../word-shared/WordRunControls';
import { percent } from '../word-shared/percent';
import '../word-shared/word.css';

const LOOKS: Record<(typeof DIRECTIONS)[number], Omit<CurveStyle, 'key' | 'label'>> = {
  forward: { colour: GATE_COLOURS.hidden },
  bidirectional: { colour: GATE_COLOURS.grad, dash: '6 3' },
};
const diverging = signedColour(1);
export const SENTIMENT_COLOURS = [diverging(-1), '#9a9a9a', diverging(1)];
const readSentence = readSentimentSentence;
/** The sentence's length T and the chosen word's 0-based index t. */
const chosenWord = (s: { text: string; at: number }) => {
  const T = readSentence(s.text).tokens.length;
  return { T, t: Math.min(s.at, Math.max(1, T)) - 1 };
};

export default function BidirectionalSentiment(props: WidgetProps) {
  const m = useMessages(bidirectionalText);
  const { w, settings, set, results, ref, width, maxStep, handle } = useWordWidget(bidirectionalSentimentSchema, BIDIRECTIONAL_SENTIMENT_PREFIX, props, {
    fresh: bidirectionalFresh,
    evalEvery: BIDIRECTIONAL_EVAL_EVERY,
    viewKeys: ['at'],
    sentenceIds: (s) => readSentence(s.text).ids,
    shortcutsTitle: m.shortcutsTitle,
    shortcuts: ({ settings: s, set }) => {
      const { T, t } = chosenWord(s);
      return [
        { key: ']', label: m.nextWord, run: () => set({ at: Math.min(T, t + 2) }) },
        { key: '[', label: m.previousWord, run: () => set({ at: Math.max(1, t) }) },
      ];
    },
  });
  const styles: readonly CurveStyle[] = DIRECTIONS.map((key) => ({ key, label: m[key], ...LOOKS[key] }));
  const classNames = TOKEN_CLASSES.map((c) => m[c]);
  const sentence = readSentence(settings.text);
  const reading = results.reading && results.readingFor === sentence.ids.join(' ') ? results.reading : null;
  const { T, t } = chosenWord(settings);
  const fw = reading?.forward;
  const bi = reading?.bidirectional;
  const readingAt = (r: typeof fw) => {
    if (!r || t >= r.length) return '—';
    const p = r.probs.subarray(t * 3, t * 3 + 3);
    return classNames.map((c, k) => `${c} ${p[k].toFixed(2)}`).join(', ');
  };

  return (
    <div ref={ref} className="bidirectional-sentiment">
      <WordRunControls run={handle} title={m.title} label={m.settings} trainLabel={w.trainBoth} summary={summary(w, m, results.status, results.runs)}
        hidden={{ label: w.hiddenPerDirection, min: 8, max: 32, step: 8 }} steps={{ min: 20, max: 1500, step: 20 }} />
      <AccuracyCurves runs={results.runs} styles={styles} width={width} chance={0} maxStep={maxStep} metric="focus"
        yLabel={m.yLabel} title={m.chart} />
      <div className="legend">
        {styles.map((s) => <span key={s.key}><span className="legend-swatch" style={{ background: s.colour }} />{s.label}</span>)}
        {TOKEN_CLASSES.map((c, k) => <span key={c}><span className="legend-swatch" style={{ background: SENTIMENT_COLOURS[k] }} />{classNames[k]}</span>)}
      </div>
      <SentenceField label={w.sentenceLabel} value={settings.text}
        onChange={(text) => set({ text, at: Math.min(settings.at, Math.max(1, readSentence(text).tokens.length)) })} note={sentenceNote(w, sentence, MAX_SENTIMENT_TOKENS)} />
      <p className="word-row-labels">{m.rowLabels}</p>
      <TokenReadings tokens={sentence.tokens} unknown={sentence.unknown} classes={TOKEN_CLASSES} classNames={classNames} colours={SENTIMENT_COLOURS}
        rows={styles.map((s) => ({ key: s.key, label: s.label, probs: reading?.[s.key]?.probs ?? null }))}
        selected={t} onSelect={(k) => set({ at: k + 1 })} label={m.readingsLabel} />
      {T > 0 && <p className="readout" data-testid="reading-at">{m.readingAt(sentence.tokens[t], readingAt(fw), readingAt(bi))}</p>}
      <ConcatState forward={fw} bidirectional={bi} tokens={sentence.tokens} t={t} width={width} />
      <p className="readout">{m.data}</p>
      <DataTable summary={m.tableSummary}
        columns={[m.model, m.allWords, m.focusWords, m.steps]}
        rows={styles.map((s) => {
          const r = results.runs[s.key];
          return [s.label, percent(r?.accuracy), percent(r?.focusAccuracy), r?.step ?? 0];
        })} />
    </div>
  );
}

function summary(w: WordText, m: BidirectionalText, status: WordRunResults['status'], runs: Record<string, { accuracy: number; focusAccuracy: number }>): string {
  if (status === 'idle') return m.idle;
  const f = runs.forward;
  const b = runs.bidirectional;
  return `${w.runHead(status)} ${m.accuracy(percent(f?.focusAccuracy), percent(b?.focusAccuracy), percent(f?.accuracy), percent(b?.accuracy))}`;
}
