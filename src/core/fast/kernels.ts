/**
 * The loops the cores are made of, in the forms V8 runs fastest: dot products over
 * contiguous memory with the sum in a register (no store per element), on matrices
 * transposed once per call where the backward pass needs their columns.
 *
 * Parameter gradients are sums over steps of outer products, Σ_t a(t) b(t)ᵀ. Rather
 * than adding one outer product per step (a load and a store of the whole gradient
 * matrix each step), the cores keep a(t) and b(t) step-major-transposed ([n][T]) and
 * form each gradient entry once at the end as a dot product over t.
 */

/** out[c·rows + r] = m[r·cols + c]: the transpose of a row-major [rows][cols] matrix. */
export function transpose<A extends Float32Array | Float64Array>(m: ArrayLike<number>, rows: number, cols: number, out: A): A {
  for (let r = 0; r < rows; r++) {
    const row = r * cols;
    for (let c = 0; c < cols; c++) out[c * rows + r] = m[row + c];
  }
  return out;
}

/**
 * out[i·n + j] += Σ_{t ≥ from} a[i·T + t] · b[j·T + t] for i < m, j < n: Σ_t a(t) b(t)ᵀ
 * from step-major-transposed a [m][T] and b [n][T]. `from` = 1 skips the step whose
 * b is h(−1) = 0 (so a NaN there is not turned into a NaN gradient, as in a model).
 */
export function outerSum(a: Float64Array, m: number, b: Float64Array, n: number, T: number, out: Float64Array, from = 0): void {
  for (let i = 0; i < m; i++) {
    const ai = i * T, oi = i * n;
    for (let j = 0; j < n; j++) {
      const bj = j * T;
      let s = 0;
      for (let t = from; t < T; t++) s += a[ai + t] * b[bj + t];
      out[oi + j] += s;
    }
  }
}

/** Scratch arrays reused across calls (the page recomputes on every slider move). */
const pool = new Map<string, Float64Array>();
const pool32 = new Map<string, Float32Array>();

/**
 * A Float32Array for a copy of float32 weights (exact, and half the memory traffic of
 * float64 in the loops that stream a whole matrix every step); not zeroed.
 */
export function scratch32(name: string, length: number): Float32Array {
  let a = pool32.get(name);
  if (!a || a.length !== length) {
    a = new Float32Array(length);
    pool32.set(name, a);
  }
  return a;
}

/** A zeroed Float64Array of this length under this name; valid until the next call asks for it. */
export function scratch(name: string, length: number): Float64Array {
  let a = pool.get(name);
  if (!a || a.length !== length) {
    a = new Float64Array(length);
    pool.set(name, a);
  } else a.fill(0);
  return a;
}

/** out[j] = Σ_q m[j·n + q] · v[q] for j < rows: a row-major [rows][n] matrix times v. */
export function matVec(m: Float32Array, rows: number, n: number, v: Float64Array, out: Float64Array): void {
  for (let j = 0; j < rows; j++) {
    const row = j * n;
    let s = 0;
    for (let q = 0; q < n; q++) s += m[row + q] * v[q];
    out[j] = s;
  }
}

/** matVec for two vectors at once, sharing each load of m (the two losses' carries). */
export function matVec2(m: Float32Array, rows: number, n: number, v: Float64Array, w: Float64Array, outV: Float64Array, outW: Float64Array): void {
  for (let j = 0; j < rows; j++) {
    const row = j * n;
    let s = 0, u = 0;
    for (let q = 0; q < n; q++) {
      const x = m[row + q];
      s += x * v[q];
      u += x * w[q];
    }
    outV[j] = s;
    outW[j] = u;
  }
}
