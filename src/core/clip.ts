/**
 * Global-norm gradient clipping, the lecture's Algorithm 1:
 *   ĝ ← ∂E/∂θ;  if ‖ĝ‖ ≥ threshold then ĝ ← (threshold / ‖ĝ‖) ĝ
 * ‖ĝ‖ is the norm of all parameters' gradients together, so the direction of the
 * whole step is kept. (tfjs has no built-in; Keras-style clipnorm clips each tensor
 * separately, which changes the direction.)
 */
import * as tf from '@tensorflow/tfjs-core';

/**
 * ‖g‖ = sqrt(Σ over all tensors and entries of g²), computed as m·sqrt(Σ (g/m)²) with
 * m = max |g| so that huge but finite gradients (the exploding case) do not overflow
 * float32 to Inf. Returns NaN if any entry is NaN, Inf if any is ±Inf.
 */
export function globalNorm(grads: tf.Tensor[]): tf.Scalar {
  if (grads.length === 0) return tf.scalar(0);
  return tf.tidy(() => {
    // One flat vector: a handful of ops instead of several per tensor (tfjs is per-op bound here).
    const all = tf.concat(grads.map((g) => tf.reshape(g, [-1])));
    const m = tf.max(tf.abs(all));
    const norm = tf.mul(m, tf.sqrt(tf.sum(tf.square(tf.divNoNan(all, m)))));
    // Inf/Inf would give NaN; an infinite entry should report an infinite norm.
    return tf.where(tf.isInf(m), m, norm) as tf.Scalar;
  });
}

/** The factor Algorithm 1 multiplies the gradient by: threshold/‖g‖ if ‖g‖ ≥ threshold > 0, else 1. */
export function clipScale(norm: number, threshold: number): number {
  return threshold > 0 && norm >= threshold ? threshold / norm : 1;
}

/**
 * Scales every gradient by `clipScale(norm, threshold)`. Returns the same map (same
 * tensors) when no clipping happens.
 * @param norm the global norm, already read (the caller needs it for the NaN check anyway).
 */
export function clipByGlobalNorm(grads: tf.NamedTensorMap, norm: number, threshold: number): tf.NamedTensorMap {
  const scale = clipScale(norm, threshold);
  if (scale === 1) return grads;
  const out: tf.NamedTensorMap = {};
  const s = tf.scalar(scale);
  for (const [name, g] of Object.entries(grads)) out[name] = tf.mul(g, s);
  return out;
}
