/**
 * Parameters as plain numbers, in the lecture's notation. This layout is shared by
 * the tfjs model, the fast Float32Array analysis path, the lab CLI's JSON and the
 * pretrained weight files: one row-major Float32Array per named matrix or vector.
 *
 * Simple RNN:  E [D][V] (e = E x), W_e [H][D], W_h [H][H], b_1 [H], U [V][H], b_2 [V]
 * LSTM:        E, U, b_2 as above; W_f W_i W_o W_c [H][H] (on h(t-1)),
 *              U_f U_i U_o U_c [H][D] (on the input), b_f b_i b_o b_c [H]
 */
import { createRng, type Rng } from './random';

export type CellKind = 'rnn' | 'lstm';
export type Activation = 'tanh' | 'sigmoid' | 'relu' | 'identity';

/** A named parameter: shape [rows, cols] for a matrix, [n] for a vector. */
export interface ParamArray {
  shape: [number] | [number, number];
  data: Float32Array;
}

export type ParamSet = Record<string, ParamArray>;

export const LSTM_GATES = ['f', 'i', 'o', 'c'] as const;
export type LstmGate = (typeof LSTM_GATES)[number];

export interface RecurrentInit {
  /** Spectral radius of the recurrent matrices (W_h, or each LSTM W_·). */
  radius: number;
  /** LSTM only: initial forget-gate bias b_f. */
  forgetBias?: number;
}

export function zeros(shape: [number] | [number, number]): ParamArray {
  const size = shape.length === 1 ? shape[0] : shape[0] * shape[1];
  return { shape, data: new Float32Array(size) };
}

/** Glorot-uniform matrix [rows][cols]. */
export function glorot(rows: number, cols: number, rng: Rng): ParamArray {
  const limit = Math.sqrt(6 / (rows + cols));
  const data = new Float32Array(rows * cols);
  for (let k = 0; k < data.length; k++) data[k] = (2 * rng.next() - 1) * limit;
  return { shape: [rows, cols], data };
}

/**
 * ρ·Q with Q a random orthogonal n×n matrix (Gram–Schmidt on a Gaussian matrix).
 * Every eigenvalue and every singular value of ρ·Q has modulus ρ, so for a linear
 * RNN ‖∂J(i)/∂h(j)‖ scales exactly as ρ^ℓ: the lecture's W_h^ℓ picture.
 */
export function scaledOrthogonal(n: number, radius: number, rng: Rng): ParamArray {
  const q = new Float64Array(n * n);
  for (let k = 0; k < q.length; k++) q[k] = rng.normal();
  // Modified Gram–Schmidt on the rows, done twice for float stability.
  for (let pass = 0; pass < 2; pass++) {
    for (let r = 0; r < n; r++) {
      for (let p = 0; p < r; p++) {
        let dot = 0;
        for (let c = 0; c < n; c++) dot += q[r * n + c] * q[p * n + c];
        for (let c = 0; c < n; c++) q[r * n + c] -= dot * q[p * n + c];
      }
      let norm = 0;
      for (let c = 0; c < n; c++) norm += q[r * n + c] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let c = 0; c < n; c++) q[r * n + c] /= norm;
    }
  }
  const data = new Float32Array(n * n);
  for (let k = 0; k < data.length; k++) data[k] = radius * q[k];
  return { shape: [n, n], data };
}

export interface LayerShape {
  cell: CellKind;
  /** Input size of this layer: D for the first layer, H of the layer below otherwise. */
  input: number;
  hidden: number;
}

/**
 * The recurrent parameters of one layer, named as in the lecture, with an optional
 * suffix (used by stacks and bidirectional wrappers, e.g. "W_h@1", "W_h@0<").
 */
export function initLayer(shape: LayerShape, init: RecurrentInit, rng: Rng, suffix = ''): ParamSet {
  const { cell, input, hidden } = shape;
  const out: ParamSet = {};
  if (cell === 'rnn') {
    out['W_e' + suffix] = glorot(hidden, input, rng);
    out['W_h' + suffix] = scaledOrthogonal(hidden, init.radius, rng);
    out['b_1' + suffix] = zeros([hidden]);
    return out;
  }
  for (const g of LSTM_GATES) {
    out[`W_${g}${suffix}`] = scaledOrthogonal(hidden, init.radius, rng);
    out[`U_${g}${suffix}`] = glorot(hidden, input, rng);
    const b = zeros([hidden]);
    if (g === 'f') b.data.fill(init.forgetBias ?? 1);
    out[`b_${g}${suffix}`] = b;
  }
  return out;
}

export interface LanguageModelShape {
  cell: CellKind;
  vocab: number;
  embed: number;
  hidden: number;
}

/** A single-layer language model's parameters: embedding, recurrent layer, softmax head. */
export function initLanguageModel(shape: LanguageModelShape, init: RecurrentInit, seed: number): ParamSet {
  const rng = createRng(seed);
  const { vocab, embed, hidden, cell } = shape;
  const E = glorot(embed, vocab, rng);
  const layer = initLayer({ cell, input: embed, hidden }, init, rng);
  const U = glorot(vocab, hidden, rng);
  return { E, ...layer, U, b_2: zeros([vocab]) };
}

/** Row-major flat array → nested arrays (for JSON output). */
export function toNested(p: ParamArray): number[] | number[][] {
  if (p.shape.length === 1) return Array.from(p.data);
  const [rows, cols] = p.shape;
  const out: number[][] = [];
  for (let r = 0; r < rows; r++) out.push(Array.from(p.data.subarray(r * cols, (r + 1) * cols)));
  return out;
}

export function cloneParams(params: ParamSet): ParamSet {
  const out: ParamSet = {};
  for (const [k, v] of Object.entries(params)) out[k] = { shape: [...v.shape] as ParamArray['shape'], data: v.data.slice() };
  return out;
}
