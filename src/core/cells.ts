/**
 * One time step of each cell, written from tfjs ops in the lecture's notation so
 * every intermediate is a tensor the caller can read.
 *
 * Rows are batch items: h is [B, H]. The lecture writes W_h h(t-1) for a column
 * vector; for a batch of row vectors that is h(t-1) · W_hᵀ, so the layer passes the
 * transposed matrices (made once per sequence, not once per step).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Activation } from './params';

/** σ of the simple RNN. The LSTM's gates always use the logistic sigmoid. */
export function activate(x: tf.Tensor2D, activation: Activation): tf.Tensor2D {
  switch (activation) {
    case 'tanh':
      return tf.tanh(x);
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'relu':
      return tf.relu(x);
    case 'identity':
      return x;
  }
}

/**
 * Simple RNN: h(t) = σ(W_h h(t-1) + W_e e(t) + b_1).
 * @param inputPart W_e e(t) + b_1, [B, H] (computed for all steps at once by the layer).
 * @param hPrev h(t-1), [B, H].
 * @param recurrentT W_hᵀ, [H, H].
 * @returns h(t), [B, H].
 */
export function rnnStep(inputPart: tf.Tensor2D, hPrev: tf.Tensor2D, recurrentT: tf.Tensor2D, activation: Activation): tf.Tensor2D {
  return activate(tf.add(inputPart, tf.matMul(hPrev, recurrentT)), activation);
}

/** Everything one LSTM step computes, each [B, H]. */
export interface LstmStep {
  /** Forget gate f(t). */
  f: tf.Tensor2D;
  /** Input gate i(t). */
  i: tf.Tensor2D;
  /** Output gate o(t). */
  o: tf.Tensor2D;
  /** Candidate c̃(t). */
  candidate: tf.Tensor2D;
  /** Cell c(t) = f∘c(t-1) + i∘c̃. */
  c: tf.Tensor2D;
  /** h(t) = o∘tanh c(t). */
  h: tf.Tensor2D;
}

/**
 * LSTM: f, i, o = σ(W_· h(t-1) + U_· x(t) + b_·), c̃ = tanh(W_c h(t-1) + U_c x(t) + b_c),
 * c(t) = f∘c(t-1) + i∘c̃, h(t) = o∘tanh c(t). The four gates' pre-activations are
 * computed as one [B, 4H] product in the order f, i, o, c and sliced apart (one
 * matMul instead of four: small models are per-op overhead bound).
 * @param inputPart [U_f x + b_f, U_i x + b_i, U_o x + b_o, U_c x + b_c], [B, 4H].
 * @param hPrev h(t-1), [B, H]. @param cPrev c(t-1), [B, H].
 * @param recurrentT [W_fᵀ W_iᵀ W_oᵀ W_cᵀ], [H, 4H].
 * @param probeC optional zeros [B, H] added to c(t) so that ∂J/∂c(t) can be read
 *   as the gradient with respect to the probe.
 */
export function lstmStep(
  inputPart: tf.Tensor2D,
  hPrev: tf.Tensor2D,
  cPrev: tf.Tensor2D,
  recurrentT: tf.Tensor2D,
  probeC?: tf.Tensor2D,
): LstmStep {
  const [B, H] = hPrev.shape;
  const z = tf.add(inputPart, tf.matMul(hPrev, recurrentT));
  const gate = (k: number) => tf.slice(z, [0, k * H], [B, H]);
  const f = tf.sigmoid(gate(0)) as tf.Tensor2D;
  const i = tf.sigmoid(gate(1)) as tf.Tensor2D;
  const o = tf.sigmoid(gate(2)) as tf.Tensor2D;
  const candidate = tf.tanh(gate(3)) as tf.Tensor2D;
  const cell: tf.Tensor2D = tf.add(tf.mul(f, cPrev), tf.mul(i, candidate));
  const c: tf.Tensor2D = probeC ? tf.add(cell, probeC) : cell;
  const h: tf.Tensor2D = tf.mul(o, tf.tanh(c));
  return { f, i, o, candidate, c, h };
}
