/**
 * Loss and parameter gradients of a one-layer, one-direction model with a per-step
 * softmax head (language model or tagger), by a hand-derived backward pass instead
 * of autograd: embedding → simple RNN or LSTM (explicit-cells.ts) → softmax head.
 * Several times faster than tf.variableGrads at chapter-1 sizes, and the same
 * gradients to float32 precision (tests/unit/core/explicit-backward.test.ts checks
 * it against autograd and finite differences). Other models keep autograd.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ResolvedSpec } from './spec';
import type { TokenBatch } from './network';
import type { ParamTensors } from './layer';
import { oneHotFloat } from './one-hot';
import { lstmPass, rnnPass } from './explicit-cells';

/** True for the models this backward pass handles: one layer, one direction, a softmax at every step. */
export function hasExplicitBackward(spec: ResolvedSpec): boolean {
  return spec.layers === 1 && !spec.bidirectional && (spec.head === 'lm' || spec.head === 'tagger');
}

export interface ExplicitLossAndGrads {
  /** Mean cross-entropy over all T·B predictions. */
  loss: tf.Scalar;
  /** ∂loss/∂θ keyed by parameter name (E, W_h, …, U, b_2). */
  grads: Record<string, tf.Tensor>;
}

/**
 * Forward and BPTT over a time-major batch, with truncated-BPTT window k
 * (0 = full BPTT). All tensors are created in the caller's tidy scope.
 * @param targets one class id per input step, time-major like batch.ids.
 * @param dropoutMask optional [T·B, H] mask multiplied into the hidden states before the head.
 */
export function explicitLossAndGrads(
  params: ParamTensors,
  spec: ResolvedSpec,
  batch: TokenBatch,
  targets: Int32Array,
  truncation: number,
  dropoutMask?: tf.Tensor2D,
): ExplicitLossAndGrads {
  if (!hasExplicitBackward(spec)) throw new Error('The explicit backward pass handles one-layer, one-direction models with a per-step head only.');
  const { length: T, batch: B } = batch;
  const steps = { T, B, truncation };
  const N = T * B;
  // e(t) = E x(t) as a one-hot product, as in network.ts (faster than tf.gather on wasm).
  const embedT = tf.transpose(params.E as tf.Tensor2D);
  const input = { ids: tf.tensor2d(batch.ids, [N, 1], 'int32'), x: tf.matMul(oneHotFloat(batch.ids, spec.vocab), embedT) as tf.Tensor2D, embedT };
  const pass = spec.cell === 'rnn' ? rnnPass(params, spec.activation, input, steps) : lstmPass(params, input, steps);
  const U = params.U as tf.Tensor2D;
  const hs = dropoutMask ? (tf.mul(pass.hs, dropoutMask) as tf.Tensor2D) : pass.hs;
  const logits = tf.add(tf.matMul(hs, tf.transpose(U)), params.b_2) as tf.Tensor2D;
  const logProbs = tf.logSoftmax(logits);
  const targetOneHot = oneHotFloat(targets, spec.classes);
  const loss = tf.mean(tf.neg(tf.sum(tf.mul(targetOneHot, logProbs), 1))) as tf.Scalar;
  // ∂J/∂logits of a mean softmax cross-entropy: (softmax − one-hot) / N.
  const dLogits = tf.div(tf.sub(tf.exp(logProbs), targetOneHot), N) as tf.Tensor2D;
  const dHead = tf.matMul(dLogits, U) as tf.Tensor2D;
  const { grads, dEmbedT } = pass.backward(dropoutMask ? (tf.mul(dHead, dropoutMask) as tf.Tensor2D) : dHead);
  grads.U = tf.matMul(dLogits, hs, true);
  grads.b_2 = tf.sum(dLogits, 0);
  grads.E = tf.transpose(dEmbedT);
  return { loss, grads };
}
