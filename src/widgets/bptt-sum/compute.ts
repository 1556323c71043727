/**
 * What the widget draws, from the pretrained simple RNN and the reader's text:
 * the parts of ∂J(t)/∂W_h for the chosen character's loss, and what a truncation
 * window keeps. Main thread: one forward + backward over ≤ 80 characters.
 */
import { bpttParts, truncateParts, type BpttParts, type TruncatedParts } from '../../core/bptt-parts';
import type { ParamSet } from '../../core/params';
import { START } from '../../data/char-vocab';

export interface BpttView {
  /** x(1..T): the input read at each appearance of W_h (‹start› first). */
  inputs: number[];
  /** The character whose loss is differentiated (x(T+1)). */
  target: number;
  parts: BpttParts;
}

/** ids: the encoded text (without the start token); at: 1-based character, 0 or beyond = the last. */
export function computeBptt(params: ParamSet, ids: number[], at: number): BpttView | null {
  if (ids.length === 0) return null;
  const T = at >= 1 && at <= ids.length ? at : ids.length;
  const tokens = [START, ...ids.slice(0, T)];
  return { inputs: tokens.slice(0, T), target: tokens[T], parts: bpttParts(params, tokens) };
}

export function truncate(view: BpttView, k: number): TruncatedParts {
  return truncateParts(view.parts, k);
}

/**
 * The fewest most recent parts whose projections come within 1% of ‖G‖ (how far back
 * the gradient effectively reaches); null when G = 0.
 */
export function effectiveReach(parts: BpttParts, tolerance = 0.01): number | null {
  if (!(parts.totalNorm > 0)) return null;
  let tail = 0;
  for (let m = 1; m <= parts.T; m++) {
    tail += parts.projections[parts.T - m];
    let rest = 0;
    for (let t = 0; t < parts.T - m; t++) rest += Math.abs(parts.projections[t]);
    if (Math.abs(tail - parts.totalNorm) <= tolerance * parts.totalNorm && rest <= tolerance * parts.totalNorm) return m;
  }
  return parts.T;
}
