/**
 * How much gradient reaches the LSTM's cell and hidden state at every step, for a loss
 * the caller chooses: ∂J/∂h(t) is injected where the loss touches h(t) (e.g. only at the
 * last step, as in the long-lag recall task) and carried back through the recorded
 * trajectory with the LSTM's BPTT equations:
 *   ∂J/∂c(t) = ∂J/∂h(t) ∘ o ∘ (1 − tanh² c(t)) + ∂J/∂c(t+1) ∘ f(t+1)   ← the additive path
 *   ∂J/∂h(t−1) = Σ_g W_gᵀ ∂J/∂a_g(t)                                   ← through the gates
 * The fast path gives these norms for the mean loss over all steps; chapter 4 needs them
 * for the last step's loss alone, and for the cell (the fast path gives ‖∂J(T)/∂h(t)‖ only).
 */
import { LSTM_GATES, type ParamSet } from './params';

/** An LSTM's forward trajectory, each row-major [T][H] (as in SequenceAnalysis.lstm). */
export interface LstmTrajectory {
  T: number;
  H: number;
  forget: Float32Array;
  input: Float32Array;
  output: Float32Array;
  candidate: Float32Array;
  cellStates: Float32Array;
}

export interface BackwardNorms {
  /** ‖∂J/∂c(t)‖, length T. */
  cell: Float32Array;
  /** ‖∂J/∂h(t)‖ (total: injected plus carried back), length T. */
  hidden: Float32Array;
}

const norm = (v: Float64Array) => Math.sqrt(v.reduce((a, x) => a + x * x, 0));

/**
 * @param inject the loss's direct gradient on h(t), length H, or null where the loss does not touch h(t)
 */
export function lstmBackwardNorms(params: ParamSet, tr: LstmTrajectory, inject: (t: number) => ArrayLike<number> | null): BackwardNorms {
  const { T, H } = tr;
  const W = LSTM_GATES.map((g) => params[`W_${g}`].data);
  const cell = new Float32Array(T);
  const hidden = new Float32Array(T);
  const dh = new Float64Array(H);
  const dcNext = new Float64Array(H); // ∂J/∂c(t+1) ∘ f(t+1)
  const dc = new Float64Array(H);
  const dpre = new Float64Array(4 * H);
  for (let t = T - 1; t >= 0; t--) {
    const given = inject(t);
    if (given) for (let r = 0; r < H; r++) dh[r] += given[r];
    for (let r = 0; r < H; r++) {
      const n = t * H + r;
      const f = tr.forget[n], i = tr.input[n], o = tr.output[n], cand = tr.candidate[n];
      const tc = Math.tanh(tr.cellStates[n]);
      const cPrev = t > 0 ? tr.cellStates[n - H] : 0;
      dc[r] = dh[r] * o * (1 - tc * tc) + dcNext[r];
      dpre[r] = dc[r] * cPrev * f * (1 - f);
      dpre[H + r] = dc[r] * cand * i * (1 - i);
      dpre[2 * H + r] = dh[r] * tc * o * (1 - o);
      dpre[3 * H + r] = dc[r] * i * (1 - cand * cand);
      dcNext[r] = dc[r] * f;
    }
    cell[t] = norm(dc);
    hidden[t] = norm(dh);
    // ∂J/∂h(t−1) through the four gates' recurrent matrices.
    dh.fill(0);
    for (let g = 0; g < 4; g++) {
      const Wg = W[g];
      for (let r = 0; r < H; r++) {
        const d = dpre[g * H + r];
        if (d === 0) continue;
        for (let j = 0; j < H; j++) dh[j] += Wg[r * H + j] * d;
      }
    }
  }
  return { cell, hidden };
}

/**
 * ∂J/∂h for a softmax output ŷ = softmax(U h + b_2) with cross-entropy on `target`:
 * Uᵀ(ŷ − y). U is [V][H] as in params.ts.
 */
export function softmaxHeadGradient(params: ParamSet, h: ArrayLike<number>, target: number): Float64Array {
  const U = params['U'], b = params['b_2'].data;
  const [V, H] = U.shape as [number, number];
  const z = new Float64Array(V);
  let max = -Infinity;
  for (let v = 0; v < V; v++) {
    let s = b[v];
    for (let j = 0; j < H; j++) s += U.data[v * H + j] * h[j];
    z[v] = s;
    max = Math.max(max, s);
  }
  let sum = 0;
  for (let v = 0; v < V; v++) sum += (z[v] = Math.exp(z[v] - max));
  const out = new Float64Array(H);
  for (let v = 0; v < V; v++) {
    const d = z[v] / sum - (v === target ? 1 : 0);
    for (let j = 0; j < H; j++) out[j] += U.data[v * H + j] * d;
  }
  return out;
}
