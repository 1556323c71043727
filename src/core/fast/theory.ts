/**
 * The gradient lab's theory line. With σ the identity, ∂h(t)/∂h(t−1) = W_h, so
 * ∂J(T)/∂h(T−ℓ) = (W_hᵀ)^ℓ ∂J(T)/∂h(T). When W_h = ρ·Q with Q orthogonal, (W_hᵀ)^ℓ
 * scales every vector by exactly ρ^ℓ, so ‖∂J(T)/∂h(T−ℓ)‖ = ρ^ℓ ‖∂J(T)/∂h(T)‖.
 */
import { chunkStart } from './truncation';

/**
 * ρ^ℓ · anchor for each step t = 0..T−1 with ℓ = T−1−t (0-based: the last step has ℓ = 0),
 * and 0 before the last truncation chunk, aligned with SequenceAnalysis.gradFromLast.
 * @param radius ρ, e.g. spectralRadius(W_h)
 * @param anchor ‖∂J(T)/∂h(T)‖, i.e. gradFromLast[T−1]
 * @param length T
 * @param truncation window k, 0 = off
 */
export function rhoPowerCurve(radius: number, anchor: number, length: number, truncation = 0): Float32Array {
  const out = new Float32Array(length);
  if (length === 0) return out;
  const first = chunkStart(length - 1, truncation);
  for (let t = first; t < length; t++) out[t] = anchor * Math.pow(radius, length - 1 - t);
  return out;
}
