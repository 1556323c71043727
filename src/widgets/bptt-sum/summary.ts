/** The sentences under the BPTT-sum charts, computed from the numbers drawn. */
import type { BpttParts, TruncatedParts } from '../../core/bptt-parts';
import { formatNumber } from '../../viz/scales';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Why the norms do not add up and the projections do. */
export function sumSentence(parts: BpttParts): string {
  const sumNorms = parts.partNorms.reduce((a, b) => a + b, 0);
  if (!(parts.totalNorm > 0)) return 'The gradient is zero here: every part vanishes.';
  return `The projections p_t add up to ‖G‖ = ${formatNumber(parts.totalNorm)} exactly. The norms ‖G_t‖ add up to ${formatNumber(sumNorms)}: ` +
    `more than ‖G‖, because the parts are matrices pointing in different directions, so their lengths do not add.`;
}

/** How far back the gradient of this loss effectively reaches. */
export function reachSentence(parts: BpttParts, reach: number | null): string | null {
  if (reach === null) return null;
  if (reach >= parts.T) return `All ${parts.T} parts are needed to get within 1% of ‖G‖.`;
  return `The last ${plural(reach, 'part')} alone come${reach === 1 ? 's' : ''} within 1% of ‖G‖: parts from further back than ${plural(reach, 'step')} are tiny ` +
    `(see the log scale above), because the gradient shrinks as it is walked back through W_h. Chapter 3 is about this.`;
}

/** What truncation keeps and drops, in the training code's chunked semantics. */
export function truncationSentence(parts: BpttParts, tr: TruncatedParts, k: number): string {
  const T = parts.T;
  if (k === 0 || tr.first === 0) {
    const why = k === 0 ? 'Truncation is off: full BPTT' : `With k = ${k} the whole text up to step ${T} is one chunk, so truncated BPTT`;
    return `${why} keeps all ${T} parts.`;
  }
  const angle = Number.isFinite(tr.cosine) ? (Math.acos(Math.min(1, Math.max(-1, tr.cosine))) * 180) / Math.PI : NaN;
  return `Chunks of k = ${k} steps (1–${k}, ${k + 1}–${2 * k}, …): the state flows on, but no gradient crosses a chunk's start. ` +
    `J(${T}) sits in the chunk starting at step ${tr.first + 1}, so its gradient keeps ${plural(tr.kept, 'part')} and drops ${tr.first}. ` +
    `The truncated gradient has norm ${formatNumber(tr.norm)} (full: ${formatNumber(parts.totalNorm)}); the kept p_t add up to ${formatNumber(tr.along)}, ` +
    `its component along the full gradient${Number.isFinite(angle) ? `, from which it is ${angle < 0.1 ? 'less than 0.1' : angle.toFixed(1)}° off` : ''}.`;
}
