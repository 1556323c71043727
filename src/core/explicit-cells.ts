/**
 * One recurrent layer's forward pass that keeps what its hand-derived backward pass
 * needs, and that backward pass (BPTT), written in tfjs ops without autograd.
 *
 * Why: at chapter-1 sizes tfjs is bound by per-op overhead, and autograd records
 * and replays every small per-step op (slices become pads, every matMul gets two
 * transposed products, per-step dW products are summed one by one). Here the
 * backward loop does only what must be sequential (the deltas of each step, a
 * handful of ops), and every parameter gradient is ONE product over all T·B rows
 * after the loop. Tensors are time-major [T·B, ·], as in layer.ts; all are created
 * in the caller's tidy scope.
 *
 * Semantics match layer.ts exactly: zero initial state, and truncated BPTT with
 * window k cuts the gradient carried into h(t−1) (and c(t−1)) whenever t is a
 * multiple of k.
 */
import * as tf from '@tensorflow/tfjs-core';
import { activate } from './cells';
import { LSTM_GATES, type Activation } from './params';
import type { ParamTensors } from './layer';

export interface RecurrentPass {
  /** h(0) … h(T−1), time-major [T·B, H]. */
  hs: tf.Tensor2D;
  /**
   * BPTT from ∂J/∂h(t) received directly (from the head) at every step, [T·B, H].
   * @returns the layer's parameter gradients by name, and ∂J/∂Eᵀ [V, D].
   */
  backward(dHs: tf.Tensor2D): { grads: Record<string, tf.Tensor>; dEmbedT: tf.Tensor2D };
}

interface Steps {
  T: number;
  B: number;
  truncation: number;
}

/** Whether the gradient flows from step t back into the state of step t−1. */
const carriesBack = (t: number, { truncation: k }: Steps) => t > 0 && !(k > 0 && t % k === 0);

/** Per-step [B, ·] pieces of a time-major [T·B, ·] tensor (one Unpack). */
const perStep = (x: tf.Tensor2D, { T, B }: Steps) => tf.unstack(tf.reshape(x, [T, B, x.shape[1]])) as tf.Tensor2D[];

/** [zeros; x(0); …; x(T−1)] rows split into the states before and after each step, both [T·B, H]. */
function beforeAndAfter(steps: tf.Tensor2D[], { T, B }: Steps): { prev: tf.Tensor2D; cur: tf.Tensor2D } {
  const H = steps[0].shape[1];
  const all = tf.concat([tf.zeros([B, H]) as tf.Tensor2D, ...steps]);
  return { prev: tf.slice(all, [0, 0], [T * B, H]), cur: tf.slice(all, [B, 0], [T * B, H]) };
}

/** σ′ as a function of σ's output h (null for the identity), for all steps at once. */
function activationSlope(h: tf.Tensor2D, activation: Activation): tf.Tensor2D | null {
  switch (activation) {
    case 'tanh':
      return tf.sub(1, tf.square(h));
    case 'sigmoid':
      return tf.mul(h, tf.sub(1, h));
    case 'relu':
      return tf.step(h); // h > 0 exactly where the pre-activation is
    case 'identity':
      return null;
  }
}

/** A first layer's input, e(t) = E x(t) for one-hot x(t), in the forms the passes need. */
export interface EmbeddedInput {
  /** Token ids, time-major, int32 [T·B, 1]. */
  ids: tf.Tensor2D;
  /** e(t) of every step, [T·B, D]. */
  x: tf.Tensor2D;
  /** Eᵀ [V, D]: row v is token v's embedding. */
  embedT: tf.Tensor2D;
}

/**
 * Gradients of the input part W_in e(t) + b from its deltas [T·B, R]. Every step
 * with the same token shares one row of the table Eᵀ W_inᵀ + b, so the deltas are
 * first summed per token (one scatter, [V, R]); then ∂W_in, ∂b and ∂Eᵀ are tiny
 * products instead of products over all T·B rows.
 */
function inputGrads(deltas: tf.Tensor2D, input: EmbeddedInput, W_in: tf.Tensor2D): { dW: tf.Tensor2D; db: tf.Tensor1D; dEmbedT: tf.Tensor2D } {
  const perToken = tf.scatterND(input.ids, deltas, [input.embedT.shape[0], deltas.shape[1]]) as tf.Tensor2D;
  return { dW: tf.matMul(perToken, input.embedT, true), db: tf.sum(perToken, 0), dEmbedT: tf.matMul(perToken, W_in) };
}

/**
 * Σ over all steps of δ(t)ᵀ h(t−1) as ONE product over all T·B rows, for deltas
 * [T·B, R]. Written as (hᵀ δ)ᵀ because the wasm matMul transposes operands first,
 * and h [T·B, H] is smaller than δ for an LSTM's 4H columns.
 */
const recurrentGrad = (deltas: tf.Tensor2D, hPrev: tf.Tensor2D) => tf.transpose(tf.matMul(tf.transpose(hPrev), deltas));

const param = (params: ParamTensors, name: string) => {
  const p = params[name];
  if (!p) throw new Error(`Missing parameter "${name}".`);
  return p as tf.Tensor2D;
};

/** Simple RNN h(t) = σ(W_h h(t−1) + W_e e(t) + b_1) over an embedded input. */
export function rnnPass(params: ParamTensors, activation: Activation, input: EmbeddedInput, steps: Steps): RecurrentPass {
  const { x } = input;
  const W_h = param(params, 'W_h');
  const W_e = param(params, 'W_e');
  const recurrentT = tf.transpose(W_h);
  const inputParts = perStep(tf.add(tf.matMul(x, tf.transpose(W_e)), params.b_1) as tf.Tensor2D, steps);
  const h: tf.Tensor2D[] = [];
  for (let t = 0; t < steps.T; t++) {
    const a = t === 0 ? inputParts[0] : (tf.add(inputParts[t], tf.matMul(h[t - 1], recurrentT)) as tf.Tensor2D);
    h.push(activate(a, activation));
  }
  const { prev, cur } = beforeAndAfter(h, steps);
  return {
    hs: cur,
    backward(dHs) {
      const slope = activationSlope(cur, activation);
      const slopes = slope ? perStep(slope, steps) : null;
      const direct = perStep(dHs, steps);
      const deltas: tf.Tensor2D[] = new Array(steps.T);
      let carried: tf.Tensor2D | null = null;
      for (let t = steps.T - 1; t >= 0; t--) {
        const dh: tf.Tensor2D = carried ? tf.add(direct[t], carried) : direct[t];
        deltas[t] = slopes ? tf.mul(dh, slopes[t]) : dh;
        carried = carriesBack(t, steps) ? tf.matMul(deltas[t], W_h) : null;
      }
      const dA = tf.concat(deltas);
      const { dW, db, dEmbedT } = inputGrads(dA, input, W_e);
      return { grads: { W_h: recurrentGrad(dA, prev), W_e: dW, b_1: db }, dEmbedT };
    },
  };
}

/**
 * LSTM (gates f, i, o, c̃ as in cells.ts) over an embedded input. The
 * four gates' matrices are stacked once, [W_f; W_i; W_o; W_c] [4H, H], so each step
 * is one product, and so is each step's ∂J/∂h(t−1) in the backward loop.
 */
export function lstmPass(params: ParamTensors, input: EmbeddedInput, steps: Steps): RecurrentPass {
  const { T } = steps;
  const { x } = input;
  const stack = (prefix: string) => tf.concat(LSTM_GATES.map((g) => param(params, `${prefix}_${g}`)));
  const W = stack('W');
  const U = stack('U');
  const H = W.shape[1];
  const recurrentT = tf.transpose(W);
  const bias = tf.concat(LSTM_GATES.map((g) => params[`b_${g}`]));
  const inputParts = perStep(tf.add(tf.matMul(x, tf.transpose(U)), bias) as tf.Tensor2D, steps);
  const sig: tf.Tensor2D[] = [];
  const cand: tf.Tensor2D[] = [];
  const forget: tf.Tensor2D[] = [];
  const c: tf.Tensor2D[] = [];
  const tanhC: tf.Tensor2D[] = [];
  const h: tf.Tensor2D[] = [];
  for (let t = 0; t < T; t++) {
    const z: tf.Tensor2D = t === 0 ? inputParts[0] : tf.add(inputParts[t], tf.matMul(h[t - 1], recurrentT));
    const [zSig, zCand] = tf.split(z, [3 * H, H], 1) as tf.Tensor2D[];
    sig.push(tf.sigmoid(zSig));
    cand.push(tf.tanh(zCand));
    const [f, i, o] = tf.split(sig[t], 3, 1) as tf.Tensor2D[];
    forget.push(f);
    const fresh: tf.Tensor2D = tf.mul(i, cand[t]);
    c.push(t === 0 ? fresh : tf.add(tf.mul(f, c[t - 1]), fresh));
    tanhC.push(tf.tanh(c[t]));
    h.push(tf.mul(o, tanhC[t]));
  }
  const hStates = beforeAndAfter(h, steps);
  return {
    hs: hStates.cur,
    backward(dHs) {
      // Everything that does not depend on the deltas, for all steps at once:
      // ∂z/∂(gate input) factors P = [c(t−1) f′, c̃ i′, tanh c(t) o′, i (1 − c̃²)] with
      // σ′ = σ(1 − σ), and Q = o (1 − tanh² c(t)), the path from h(t) into c(t).
      const S = tf.concat(sig);
      const [dF, dI, dO] = tf.split(tf.mul(S, tf.sub(1, S)), 3, 1);
      const [, I, O] = tf.split(S, 3, 1);
      const G = tf.concat(cand);
      const TC = tf.concat(tanhC);
      const cPrev = beforeAndAfter(c, steps).prev;
      const P = perStep(tf.concat([tf.mul(cPrev, dF), tf.mul(G, dI), tf.mul(TC, dO), tf.mul(I, tf.sub(1, tf.square(G)))], 1), steps);
      const Q = perStep(tf.mul(O, tf.sub(1, tf.square(TC))), steps);
      const direct = perStep(dHs, steps);
      const deltas: tf.Tensor2D[] = new Array(T);
      let carriedH: tf.Tensor2D | null = null;
      let carriedC: tf.Tensor2D | null = null;
      for (let t = T - 1; t >= 0; t--) {
        const dh: tf.Tensor2D = carriedH ? tf.add(direct[t], carriedH) : direct[t];
        const fromH: tf.Tensor2D = tf.mul(dh, Q[t]);
        const dc: tf.Tensor2D = carriedC ? tf.add(carriedC, fromH) : fromH;
        deltas[t] = tf.mul(tf.concat([dc, dc, dh, dc], 1), P[t]);
        const back = carriesBack(t, steps);
        carriedC = back ? tf.mul(dc, forget[t]) : null;
        carriedH = back ? tf.matMul(deltas[t], W) : null;
      }
      const dZ = tf.concat(deltas);
      const grads: Record<string, tf.Tensor> = {};
      const unstackGates = (prefix: string, g: tf.Tensor) => {
        tf.split(g, 4, 0).forEach((part, k) => {
          grads[`${prefix}_${LSTM_GATES[k]}`] = part;
        });
      };
      const { dW, db, dEmbedT } = inputGrads(dZ, input, U);
      unstackGates('W', recurrentGrad(dZ, hStates.prev));
      unstackGates('U', dW);
      unstackGates('b', db);
      return { grads, dEmbedT };
    },
  };
}
