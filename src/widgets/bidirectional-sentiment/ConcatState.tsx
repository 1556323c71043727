/**
 * h(t) at the chosen word: the forward-only model's state, and the bidirectional
 * model's [h→(t); h←(t)] drawn as its two halves side by side, each labelled with
 * the words it has read.
 */
import type { SentenceReading } from '../../core/read-model';
import { EncodingStrip } from '../word-shared/EncodingStrip';
import { Tex } from '../../viz/Tex';
import { GATE_COLOURS } from '../../viz/scales';
import { useMessages } from '../../app/messages';
import { bidirectionalText } from './text';

const row = (a: Float32Array, t: number, H: number) => a.subarray(t * H, (t + 1) * H);

export function ConcatState({ forward, bidirectional, tokens, t, width }: {
  forward?: SentenceReading;
  bidirectional?: SentenceReading;
  tokens: readonly string[];
  t: number;
  width: number;
}) {
  const m = useMessages(bidirectionalText);
  if (!forward || !bidirectional || t >= forward.length) return null;
  const H = forward.hidden;
  const [fw, bw] = bidirectional.states[0];
  const half = Math.min(160, width - 40);
  const left = tokens.slice(0, t + 1).join(' ');
  const right = tokens.slice(t).join(' ');
  return (
    <div className="concat-figure">
      <Tex tex={`\\mathbf{h}^{(${t + 1})} = \\left[\\, \\overrightarrow{\\mathbf{h}}^{(${t + 1})} \\,;\\, \\overleftarrow{\\mathbf{h}}^{(${t + 1})} \\,\\right] \\in \\mathbb{R}^{${2 * H}}`} />
      <div className="concat-state" data-testid="concat-state">
        <span>{m.bidirectionalAt(tokens[t])}</span>
        <span className="half" style={{ border: `2px solid ${GATE_COLOURS.hidden}` }}>
          <EncodingStrip values={row(fw, t, H)} width={half} label={m.forwardHalf(t + 1, left)} />
          <small>{m.forwardRead(left)}</small>
        </span>
        <span aria-hidden="true">;</span>
        <span className="half" style={{ border: `2px solid ${GATE_COLOURS.grad}` }}>
          <EncodingStrip values={row(bw, t, H)} width={half} label={m.backwardHalf(t + 1, right)} />
          <small>{m.backwardRead(right)}</small>
        </span>
      </div>
      <div className="concat-state">
        <span>{m.forwardOnlyAt(tokens[t])}</span>
        <span className="half" style={{ border: `2px solid ${GATE_COLOURS.hidden}` }}>
          <EncodingStrip values={row(forward.states[0][0], t, H)} width={half} label={m.forwardOnlyState(t + 1)} />
          <small>{m.readOnly(left)}</small>
        </span>
      </div>
    </div>
  );
}
