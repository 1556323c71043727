/** The sentences under the BPTT-sum charts, computed from the numbers drawn. */
import type { BpttParts, TruncatedParts } from '../../core/bptt-parts';
import { formatNumber } from '../../viz/scales';
import { bpttSumText, type BpttSumText } from './text';

/** Why the norms do not add up and the projections do. */
export function sumSentence(parts: BpttParts, t: BpttSumText = bpttSumText.en): string {
  const sumNorms = parts.partNorms.reduce((a, b) => a + b, 0);
  if (!(parts.totalNorm > 0)) return t.zero;
  return t.sum(formatNumber(parts.totalNorm), formatNumber(sumNorms));
}

/** How far back the gradient of this loss effectively reaches. */
export function reachSentence(parts: BpttParts, reach: number | null, t: BpttSumText = bpttSumText.en): string | null {
  if (reach === null) return null;
  return reach >= parts.T ? t.reachAll(parts.T) : t.reach(reach);
}

/** What truncation keeps and drops, in the training code's chunked semantics. */
export function truncationSentence(parts: BpttParts, tr: TruncatedParts, k: number, t: BpttSumText = bpttSumText.en): string {
  const T = parts.T;
  if (k === 0) return t.truncationOff(T);
  if (tr.first === 0) return t.oneChunk(k, T);
  const angle = Number.isFinite(tr.cosine) ? (Math.acos(Math.min(1, Math.max(-1, tr.cosine))) * 180) / Math.PI : NaN;
  const off = t.angleOff(Number.isFinite(angle) ? (angle < 0.1 ? '<0.1' : angle.toFixed(1)) : null);
  return t.chunks(k, T, tr.first + 1, tr.kept, tr.first, formatNumber(tr.norm), formatNumber(parts.totalNorm), formatNumber(tr.along), off);
}
