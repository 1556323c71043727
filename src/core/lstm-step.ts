/**
 * One LSTM step, in the lecture's notation, from a ParamSet (the layout of params.ts),
 * with every intermediate returned and any gate optionally forced by hand:
 *   f, i, o = σ(W_· h(t−1) + U_· e(t) + b_·),  c̃ = tanh(W_c h(t−1) + U_c e(t) + b_c)
 *   c(t) = f ∘ c(t−1) + i ∘ c̃,  h(t) = o ∘ tanh c(t)
 * Chapter 4's "one step taken apart" reads this so the numbers on screen are the
 * equations themselves; the tests hold it to the fast path's trajectory.
 */
import { LSTM_GATES, type LstmGate, type ParamSet } from './params';

/** A forced gate: one value for every unit, or one per unit (length H). */
export type GateOverride = number | ArrayLike<number>;

export type GateOverrides = Partial<Record<LstmGate, GateOverride>>;

export interface LstmStepResult {
  /** Pre-activations W_· h(t−1) + U_· e(t) + b_·, per gate, each length H (before any override). */
  pre: Record<LstmGate, Float64Array>;
  /** Gate values as used (the model's, or the override): f, i, o in (0,1), c = c̃ in (−1,1). */
  gates: Record<LstmGate, Float64Array>;
  /** The model's own gate values, whatever was forced. */
  model: Record<LstmGate, Float64Array>;
  /** c(t) = f ∘ c(t−1) + i ∘ c̃. */
  c: Float64Array;
  /** h(t) = o ∘ tanh c(t). */
  h: Float64Array;
}

const logistic = (s: number): number => 1 / (1 + Math.exp(-s));

/** e(t) = E x(t): column `token` of the embedding E [D][V]. */
export function embedToken(params: ParamSet, token: number): Float64Array {
  const E = params['E'];
  if (!E || E.shape.length !== 2) throw new Error('The parameters have no embedding matrix E [D][V].');
  const [D, V] = E.shape;
  if (!Number.isInteger(token) || token < 0 || token >= V) throw new Error(`Token ${token} is outside the vocabulary of ${V}.`);
  const e = new Float64Array(D);
  for (let d = 0; d < D; d++) e[d] = E.data[d * V + token];
  return e;
}

function forced(value: GateOverride, r: number): number {
  return typeof value === 'number' ? value : value[r];
}

/**
 * @param hPrev h(t−1), length H (zeros at t = 0)
 * @param cPrev c(t−1), length H
 * @param input e(t), length D (see embedToken)
 * @param overrides gates to force instead of computing them (c forces the candidate c̃)
 */
export function lstmStep(
  params: ParamSet,
  hPrev: ArrayLike<number>,
  cPrev: ArrayLike<number>,
  input: ArrayLike<number>,
  overrides: GateOverrides = {},
): LstmStepResult {
  const H = params['W_f']?.shape[0];
  if (!H) throw new Error('The parameters are not an LSTM layer (no W_f).');
  const D = params['U_f'].shape[1] ?? 0;
  if (hPrev.length !== H || cPrev.length !== H) throw new Error(`h(t−1) and c(t−1) must have length ${H}.`);
  if (input.length !== D) throw new Error(`The input must have length ${D}.`);

  const pre = {} as Record<LstmGate, Float64Array>;
  const model = {} as Record<LstmGate, Float64Array>;
  const gates = {} as Record<LstmGate, Float64Array>;
  for (const g of LSTM_GATES) {
    const W = params[`W_${g}`].data, U = params[`U_${g}`].data, b = params[`b_${g}`].data;
    const s = new Float64Array(H);
    for (let r = 0; r < H; r++) {
      let sum = b[r];
      for (let j = 0; j < H; j++) sum += W[r * H + j] * hPrev[j];
      for (let d = 0; d < D; d++) sum += U[r * D + d] * input[d];
      s[r] = sum;
    }
    pre[g] = s;
    model[g] = s.map(g === 'c' ? Math.tanh : logistic);
    const o = overrides[g];
    gates[g] = o === undefined ? model[g] : model[g].map((_, r) => forced(o, r));
  }
  const c = new Float64Array(H);
  const h = new Float64Array(H);
  for (let r = 0; r < H; r++) {
    c[r] = gates.f[r] * cPrev[r] + gates.i[r] * gates.c[r];
    h[r] = gates.o[r] * Math.tanh(c[r]);
  }
  return { pre, gates, model, c, h };
}

/** Row t of a row-major [T][H] array (zeros for t < 0: the initial state). */
export function stateAt(values: Float32Array, t: number, H: number): Float32Array {
  return t < 0 ? new Float32Array(H) : values.subarray(t * H, (t + 1) * H);
}
