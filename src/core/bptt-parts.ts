/**
 * The lecture's rule for a repeated weight, made exact for the simple RNN:
 *   ∂J(T)/∂W_h = Σ_t G_t,   G_t = δ(t) h(t−1)ᵀ  (step t's appearance of W_h),
 * for the loss of the last step alone, J(T) = −log ŷ(T)[x(T+1)].
 * The parts are matrices, so their norms do not add up to the norm of the sum
 * (triangle inequality). Their projections onto the total's direction do:
 *   p_t = ⟨G_t, G⟩ / ‖G‖  (Frobenius),   Σ_t p_t = ‖G‖ exactly.
 * Truncation follows the training code: chunks [0, k), [k, 2k), …; J(T)'s gradient
 * stops at the start of the last chunk, so the parts before it are dropped.
 */
import { chunkStart, runSequenceFast } from './fast';
import type { ParamSet } from './params';

export interface BpttParts {
  /** Steps (= appearances of W_h) and hidden size. */
  T: number;
  H: number;
  /** J(T), the loss whose gradient is taken. */
  loss: number;
  /** ‖G_t‖ = ‖δ(t)‖·‖h(t−1)‖, length T (0 at t = 0: h(−1) = 0). */
  partNorms: Float64Array;
  /** p_t = ⟨G_t, G⟩/‖G‖, length T; they sum to ‖G‖ (0 everywhere when G = 0). */
  projections: Float64Array;
  /** G = Σ_t G_t, [H][H] row-major. */
  total: Float64Array;
  /** ‖G‖ (Frobenius). */
  totalNorm: number;
  /** δ(t) = ∂J(T)/∂a(t), [T][H]; kept to form truncated sums. */
  deltas: Float64Array;
  /** h(t), [T][H]. */
  hidden: ArrayLike<number>;
}

/** Σ_{t ∈ [from, to)} δ(t) h(t−1)ᵀ as an [H][H] matrix. */
export function sumOfParts(deltas: ArrayLike<number>, hidden: ArrayLike<number>, H: number, from: number, to: number): Float64Array {
  const G = new Float64Array(H * H);
  for (let t = Math.max(1, from); t < to; t++) {
    const d = t * H, hp = (t - 1) * H;
    for (let i = 0; i < H; i++) {
      const g = deltas[d + i];
      if (g === 0) continue;
      const row = i * H;
      for (let j = 0; j < H; j++) G[row + j] += g * hidden[hp + j];
    }
  }
  return G;
}

function norm(v: ArrayLike<number>, off: number, n: number): number {
  let s = 0;
  for (let k = 0; k < n; k++) s += v[off + k] * v[off + k];
  return Math.sqrt(s);
}

/** The parts, their norms and their projections from δ(t) and h(t). */
export function partsFromDeltas(deltas: Float64Array, hidden: ArrayLike<number>, T: number, H: number, loss = NaN): BpttParts {
  const total = sumOfParts(deltas, hidden, H, 0, T);
  const totalNorm = norm(total, 0, H * H);
  const partNorms = new Float64Array(T);
  const projections = new Float64Array(T);
  const Gh = new Float64Array(H);
  for (let t = 1; t < T; t++) {
    partNorms[t] = norm(deltas, t * H, H) * norm(hidden, (t - 1) * H, H);
    if (!(totalNorm > 0)) continue;
    // ⟨δ hᵀ, G⟩ = δᵀ G h: no H×H part is ever formed.
    const hp = (t - 1) * H;
    for (let i = 0; i < H; i++) {
      let s = 0;
      const row = i * H;
      for (let j = 0; j < H; j++) s += total[row + j] * hidden[hp + j];
      Gh[i] = s;
    }
    let dot = 0;
    for (let i = 0; i < H; i++) dot += deltas[t * H + i] * Gh[i];
    projections[t] = dot / totalNorm;
  }
  return { T, H, loss, partNorms, projections, total, totalNorm, deltas, hidden };
}

/**
 * The parts of ∂J(T)/∂W_h for a simple-RNN language model reading tokens[0..T−1]
 * (tokens[T] is the last target). Full BPTT; see truncateParts for a window.
 */
export function bpttParts(params: ParamSet, tokens: readonly number[]): BpttParts {
  const run = runSequenceFast(params, { cell: 'rnn', activation: 'tanh' }, tokens, { truncation: 0, clip: 0 }, { recurrentDeltas: 'last' });
  const T = run.analysis.length, H = run.analysis.hidden;
  return partsFromDeltas(run.recurrentDeltas!, run.analysis.hiddenStates, T, H, run.analysis.stepLosses[T - 1]);
}

export interface TruncatedParts {
  /** First kept step (0-based): the start of the chunk holding the last step. */
  first: number;
  /** Number of kept parts, T − first. */
  kept: number;
  /** ‖G_k‖, G_k = Σ_{t ≥ first} G_t: the gradient truncated BPTT computes. */
  norm: number;
  /** Σ_{t ≥ first} p_t = ⟨G_k, G⟩/‖G‖: the truncated gradient's component along the full one. */
  along: number;
  /** cos of the angle between G_k and G (NaN if either is 0). */
  cosine: number;
}

/** Which parts truncation with window k keeps (k = 0: all), and what the kept sum is. */
export function truncateParts(parts: BpttParts, k: number): TruncatedParts {
  const { T, H } = parts;
  const first = chunkStart(T - 1, k);
  const Gk = sumOfParts(parts.deltas, parts.hidden, H, first, T);
  const n = norm(Gk, 0, H * H);
  let along = 0;
  for (let t = first; t < T; t++) along += parts.projections[t];
  const cosine = n > 0 && parts.totalNorm > 0 ? along / n : NaN;
  return { first, kept: T - first, norm: n, along, cosine };
}
