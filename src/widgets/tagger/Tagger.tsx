/**
 * Chapter 2's sequence tagger: a left-to-right RNN with a softmax over part-of-speech
 * tags at every word, trained live on grammar sentences (src/data/pos-grammar.ts).
 * Under each word of the reader's sentence: the predicted tag and its probability.
 */
import type { WidgetProps } from '../widget-props';
import { useMessages } from '../../app/messages';
import { DataTable } from '../../viz/DataTable';
import { GATE_COLOURS } from '../../viz/scales';
import { POS_VOCAB, POS_TAGS, MAX_POS_TOKENS, AMBIGUOUS } from '../../data/pos-grammar';
import { useWordWidget } from '../word-shared/use-word-widget';
import { WordRunControls } from '../word-shared/WordRunControls';
import { percent } from '../word-shared/percent';
import { AccuracyCurves, type CurveStyle } from '../word-shared/AccuracyCurves';
import { SentenceField } from '../word-shared/SentenceField';
import { TokenReadings } from '../word-shared/TokenReadings';
import { sentenceNote } from '../word-shared/sentence-note';
import { TAGGER_PREFIX, taggerSchema } from './schema';
import { taggerText } from './text';
import { taggerFresh, taggerSentenceIds, TAGGER_EVAL_EVERY } from './job';
import '../word-shared/word.css';

const COLOURS = POS_TAGS.map(() => GATE_COLOURS.hidden);

export default function Tagger(props: WidgetProps) {
  const m = useMessages(taggerText);
  const { w, settings, set, results, ref, width, maxStep, handle } = useWordWidget(taggerSchema, TAGGER_PREFIX, props, {
    fresh: taggerFresh,
    evalEvery: TAGGER_EVAL_EVERY,
    sentenceIds: taggerSentenceIds,
    shortcutsTitle: m.shortcutsTitle,
  });
  const sentence = POS_VOCAB.read(settings.text, MAX_POS_TOKENS);
  const styles: readonly CurveStyle[] = [{ key: 'tagger', label: m.allWords, colour: GATE_COLOURS.hidden }];
  const focusStyle: readonly CurveStyle[] = [{ key: 'tagger', label: m.ambiguousWords, colour: GATE_COLOURS.grad }];
  const reading = results.reading && results.readingFor === sentence.ids.join(' ') ? results.reading : null;
  const run = results.runs.tagger;
  const status = results.status === 'idle'
    ? m.idle
    : `${w.runHead(results.status)} ${m.accuracy(percent(run?.accuracy), percent(run?.focusAccuracy), AMBIGUOUS.join(', '))}`;

  return (
    <div ref={ref} className="tagger">
      <WordRunControls run={handle} title={m.title} label={m.settings} trainLabel={m.train} summary={status} cell
        hidden={{ label: w.hiddenUnits, min: 8, max: 32, step: 8 }} steps={{ min: 20, max: 1500, step: 20 }} />
      <SentenceField label={w.sentenceLabel} value={settings.text}
        onChange={(text) => set({ text })} note={sentenceNote(w, sentence, MAX_POS_TOKENS)} />
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
        rows={sentence.tokens.map((word, t) => {
          const p = reading?.tagger?.probs;
          if (!p) return [word, '—', '—'];
          const K = POS_TAGS.length;
          let best = 0;
          for (let k = 1; k < K; k++) if (p[t * K + k] > p[t * K + best]) best = k;
          return [word, POS_TAGS[best], p[t * K + best]];
        })} />
    </div>
  );
}
