/**
 * One pooling's result for the reader's sentence: its held-out accuracy, P(positive),
 * and the sentence encoding s it classified, drawn unit by unit. For max pooling, the
 * words the units took their maximum from.
 */
import type { Pooling } from '../../core/spec';
import type { SentenceReading } from '../../core/read-model';
import { poolStates } from '../../core/pooling';
import { EncodingStrip } from '../word-shared/EncodingStrip';
import type { ModelRun } from '../word-shared/run-state';
import { Tex } from '../../viz/Tex';
import { useMessages } from '../../app/messages';
import { poolingText } from './text';

export const POOLING_TEX: Record<Pooling, string> = {
  final: '\\mathbf{s} = \\mathbf{h}^{(T)}',
  mean: '\\mathbf{s} = \\tfrac{1}{T}\\textstyle\\sum_t \\mathbf{h}^{(t)}',
  max: 's_k = \\max_t h^{(t)}_k',
};

/** Words that supplied the most units' maxima, "awful ×9, . ×4". */
export function maxSources(argmax: Int32Array, tokens: readonly string[]): string {
  const counts = new Map<number, number>();
  for (const t of argmax) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([t, c]) => `“${tokens[t]}” ×${c}`).join(', ');
}

export function PoolingCard({ pooling, label, colour, run, reading, tokens, width }: {
  pooling: Pooling;
  label: string;
  colour: string;
  run?: ModelRun;
  reading?: SentenceReading;
  tokens: readonly string[];
  width: number;
}) {
  const m = useMessages(poolingText);
  const pooled = reading ? poolStates(reading.states[reading.states.length - 1], reading.length, reading.hidden, pooling) : null;
  const pPositive = reading ? reading.probs[1] : NaN;
  return (
    <div className="word-model" data-pooling={pooling} style={{ borderTop: `4px solid ${colour}` }}>
      <h4>{label}</h4>
      <Tex tex={POOLING_TEX[pooling]} />
      <p className="readout">{m.accuracyLead}<strong data-accuracy>{run && Number.isFinite(run.accuracy) ? `${(run.accuracy * 100).toFixed(1)}%` : '—'}</strong>
        {run ? m.afterSteps(run.step) : ''}</p>
      {pooled && reading ? (
        <>
          <p className="readout">{m.verdictLead}<strong data-verdict>{pPositive >= 0.5 ? m.positive : m.negative}</strong>{m.pPositive(pPositive.toFixed(2))}</p>
          <EncodingStrip values={pooled.encoding} width={width} label={m.encodingLabel(label, pooled.encoding.length)} />
          {pooling === 'max' && <p className="readout">{m.maxSources(maxSources(pooled.argmax, tokens))}</p>}
          {pooling === 'final' && <p className="readout">{m.finalWord(tokens[reading.length - 1])}</p>}
        </>
      ) : (
        <p className="readout">{m.trainFirst}</p>
      )}
    </div>
  );
}
