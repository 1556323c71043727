/**
 * Parameter gradients as a ParamSet, their global L2 norm, and global-norm clipping
 * as in the lecture's Algorithm 1: ĝ ← ∂J/∂θ; if ‖ĝ‖ ≥ threshold then ĝ ← (threshold/‖ĝ‖) ĝ.
 * One norm over every parameter together (not per tensor, which is what TF's clipnorm does).
 */
import type { ParamSet } from '../params';

/** √(Σ over every entry of every array of x²), accumulated in float64. NaN/Inf pass through. */
export function globalNorm(arrays: Iterable<ArrayLike<number>>): number {
  let s = 0;
  for (const a of arrays) for (let k = 0; k < a.length; k++) s += a[k] * a[k];
  return Math.sqrt(s);
}

/**
 * The factor Algorithm 1 multiplies the gradient by: threshold/‖g‖ when ‖g‖ ≥ threshold,
 * else 1; threshold 0 means clipping is off. A non-finite norm gives NaN, because
 * scaling an Inf/NaN gradient yields NaN entries (0·Inf): the page shows that.
 */
export function clipScale(norm: number, threshold: number): number {
  if (threshold <= 0) return 1;
  if (!Number.isFinite(norm)) return NaN;
  return norm >= threshold ? threshold / norm : 1;
}

/**
 * ‖g‖ after clipping, i.e. min(‖g‖, threshold) (exactly threshold when it clips, so the
 * number on screen is the one in the algorithm); NaN when ‖g‖ is not finite and clipping is on.
 */
export function clippedNorm(norm: number, threshold: number): number {
  if (threshold <= 0) return norm;
  if (!Number.isFinite(norm)) return NaN;
  return Math.min(norm, threshold);
}

/** A new ParamSet holding g scaled by Algorithm 1 (the input is left untouched). */
export function clipGradients(grads: ParamSet, threshold: number): ParamSet {
  const norm = globalNorm(Object.values(grads).map((g) => g.data));
  const scale = clipScale(norm, threshold);
  const out: ParamSet = {};
  for (const [name, g] of Object.entries(grads)) {
    const data = new Float32Array(g.data.length);
    for (let k = 0; k < data.length; k++) data[k] = g.data[k] * scale;
    out[name] = { shape: [...g.shape] as typeof g.shape, data };
  }
  return out;
}
