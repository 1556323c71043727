/**
 * The output layer shared by both cells: ŷ(t) = softmax(U h(t) + b_2) and
 * J(t) = −log ŷ(t)[y], with its backward step.
 */
import type { Buf } from './buffers';

/**
 * Writes ŷ = softmax(U h + b_2) into p[pOff .. pOff+V) and returns J = −log ŷ[y],
 * computed as logsumexp(z) − z[y] so a tiny ŷ[y] does not round to log 0.
 * Overflowing logits give NaN/Infinity, which are passed on, not thrown.
 * @param U [V][H] row-major  @param b2 [V]  @param h h(t) at h[hOff .. hOff+H)
 * @param z scratch, length ≥ V
 */
export function headForward(
  U: Float32Array, b2: Float32Array, V: number, H: number,
  h: Buf, hOff: number, y: number, p: Buf, pOff: number, z: Float64Array,
): number {
  let max = -Infinity;
  for (let v = 0; v < V; v++) {
    let s = b2[v];
    const row = v * H;
    for (let j = 0; j < H; j++) s += U[row + j] * h[hOff + j];
    z[v] = s;
    if (s > max) max = s;
  }
  let sum = 0;
  for (let v = 0; v < V; v++) sum += Math.exp(z[v] - max);
  const lse = max + Math.log(sum);
  for (let v = 0; v < V; v++) p[pOff + v] = Math.exp(z[v] - lse);
  return lse - z[y];
}

/**
 * Backward through the head for scale·J(t): dz = scale·(ŷ − onehot(y)), then
 * dh = Uᵀ dz (overwritten), and when dU/db2 are given, dU += dz hᵀ, db2 += dz.
 * @param dz scratch, length ≥ V  @param dh output, length H
 */
export function headBackward(
  U: Float32Array, V: number, H: number, p: Buf, pOff: number, y: number, scale: number,
  h: Buf, hOff: number, dz: Float64Array, dh: Float64Array,
  dU: Float64Array | null, db2: Float64Array | null,
): void {
  for (let v = 0; v < V; v++) dz[v] = scale * (p[pOff + v] - (v === y ? 1 : 0));
  dh.fill(0, 0, H);
  for (let v = 0; v < V; v++) {
    const g = dz[v];
    const row = v * H;
    if (dU) {
      // One pass for both products: this loop is a large share of the whole backward.
      for (let j = 0; j < H; j++) {
        dh[j] += U[row + j] * g;
        dU[row + j] += g * h[hOff + j];
      }
    } else {
      for (let j = 0; j < H; j++) dh[j] += U[row + j] * g;
    }
    if (db2) db2[v] += g;
  }
}

/**
 * The head's backward for scale·J(t) in the cores' fused form: dz = scale·(ŷ − onehot(y)),
 * kept also as column t of dzT [V][T] (for ∂J/∂U = Σ_t dz(t) h(t)ᵀ, formed at the end),
 * db2 += dz, and dh = Uᵀ dz + carry as dot products over UT = Uᵀ [H][V].
 */
export function headBackwardInto(
  UT: Float32Array, V: number, H: number, p: Buf, pOff: number, y: number, scale: number,
  dz: Float64Array, dzT: Float64Array, t: number, T: number, db2: Float64Array,
  carry: Float64Array, dh: Float64Array,
): void {
  for (let v = 0; v < V; v++) {
    const g = scale * (p[pOff + v] - (v === y ? 1 : 0));
    dz[v] = g;
    dzT[v * T + t] = g;
    db2[v] += g;
  }
  for (let j = 0; j < H; j++) {
    const row = j * V;
    let s = 0;
    for (let v = 0; v < V; v++) s += UT[row + v] * dz[v];
    dh[j] = s + carry[j];
  }
}
