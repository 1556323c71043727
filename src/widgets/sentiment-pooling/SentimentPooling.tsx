/**
 * Chapter 2's sentence classifier, three ways: the same RNN trained side by side with
 * the final state, the mean and the max of its hidden states as the sentence
 * encoding s. Held-out accuracy as they learn, and how each encodes the reader's
 * sentence. Data: the documented grammar in src/data/sentiment-grammar.ts.
 */
import type { WidgetProps } from '../widget-props';
import { useMessages } from '../../app/messages';
import type { Pooling } from '../../core/spec';
import { DataTable } from '../../viz/DataTable';
import { GATE_COLOURS } from '../../viz/scales';
import { SENTIMENT_VOCAB, MAX_SENTIMENT_TOKENS } from '../../data/sentiment-grammar';
import { AccuracyCurves, type CurveStyle } from '../word-shared/AccuracyCurves';
import { SentenceField } from '../word-shared/SentenceField';
import { runSummary } from '../word-shared/summary';
import { sentenceNote } from '../word-shared/sentence-note';
import { PoolingCard } from './PoolingCard';
import { poolingText } from './text';
import { SENTIMENT_POOLING_PREFIX, sentimentPoolingSchema } from './schema';
import { POOLINGS, poolingFresh, poolingSentenceIds, POOLING_EVAL_EVERY } from './job';
import { useWordWidget } from '../word-shared/use-word-widget';
import { WordRunControls } from '../word-shared/WordRunControls';
import '../word-shared/word.css';

const LOOKS: Record<Pooling, Omit<CurveStyle, 'key' | 'label'>> = {
  final: { colour: GATE_COLOURS.hidden },
  mean: { colour: GATE_COLOURS.i },
  max: { colour: GATE_COLOURS.o, dash: '6 3' },
};

export default function SentimentPooling(props: WidgetProps) {
  const m = useMessages(poolingText);
  const { w, settings, set, results, ref, width, maxStep, handle } = useWordWidget(sentimentPoolingSchema, SENTIMENT_POOLING_PREFIX, props, {
    fresh: poolingFresh,
    evalEvery: POOLING_EVAL_EVERY,
    sentenceIds: poolingSentenceIds,
    shortcutsTitle: m.shortcutsTitle,
  });
  const styles: readonly CurveStyle[] = POOLINGS.map((key) => ({ key, label: m[key], ...LOOKS[key] }));
  const sentence = SENTIMENT_VOCAB.read(settings.text, MAX_SENTIMENT_TOKENS);
  const reading = results.reading && results.readingFor === sentence.ids.join(' ') ? results.reading : null;

  return (
    <div ref={ref} className="sentiment-pooling">
      <WordRunControls run={handle} title={m.title} label={m.settings} trainLabel={m.train} summary={runSummary(w, results, styles, m.unit)} cell
        hidden={{ label: w.hiddenUnits, min: 8, max: 32, step: 8 }} steps={{ min: 20, max: 1500, step: 20 }} />
      <AccuracyCurves runs={results.runs} styles={styles} width={width} chance={0.5} maxStep={maxStep}
        title={m.chart} />
      <div className="legend">
        {styles.map((s) => <span key={s.key}><span className="legend-swatch" style={{ background: s.colour }} />{s.label}</span>)}
      </div>
      <SentenceField label={w.sentenceLabel} value={settings.text}
        onChange={(text) => set({ text })} note={sentenceNote(w, sentence, MAX_SENTIMENT_TOKENS)} />
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
