/**
 * Storage for the fast path. Trajectories (h, c, gates, softmax outputs) live in a
 * `Buf` whose element type is chosen per call: Float32 for the page (matches the tfjs
 * model, half the memory), Float64 for the finite-difference tests. Gradient
 * accumulators and per-step scratch vectors are always Float64 (cheap at these sizes,
 * and the sums over T steps keep their precision).
 */
export type Precision = 'float32' | 'float64';
export type Buf = Float32Array | Float64Array;

export function allocBuf(precision: Precision, length: number): Buf {
  return precision === 'float32' ? new Float32Array(length) : new Float64Array(length);
}

/** The buffer itself when it already is Float32, else a rounded copy. */
export function asFloat32(b: Buf | ArrayLike<number>): Float32Array {
  return b instanceof Float32Array ? b : Float32Array.from(b);
}

/** Euclidean norm of v[off .. off+n). */
export function norm2(v: ArrayLike<number>, off: number, n: number): number {
  let s = 0;
  for (let k = 0; k < n; k++) {
    const x = v[off + k];
    s += x * x;
  }
  return Math.sqrt(s);
}
