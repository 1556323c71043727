/**
 * The whole model as a function of its parameters: embedding, stacked (optionally
 * bidirectional) recurrent layers, and the head. Used by analysis, training and the
 * tests alike, with the parameters passed in so gradients can be taken with respect
 * to them.
 */
import * as tf from '@tensorflow/tfjs-core';
import { directions, layerSuffix, outputWidth, type ResolvedSpec } from './spec';
import { oneHotFloat } from './one-hot';
import { prepareLayerWeights, runLayer, type LayerTrace, type ParamTensors } from './layer';

/** A batch of equal-length token sequences, time-major: id of step t, item b at t·B + b. */
export interface TokenBatch {
  ids: Int32Array;
  /** T, steps. */
  length: number;
  /** B, sequences. */
  batch: number;
}

/** Packs B sequences of equal length T into a time-major TokenBatch. */
export function packSequences(sequences: ArrayLike<number>[]): TokenBatch {
  const B = sequences.length;
  const T = B > 0 ? sequences[0].length : 0;
  const ids = new Int32Array(T * B);
  sequences.forEach((seq, b) => {
    if (seq.length !== T) throw new Error(`All sequences in a batch must have the same length: ${seq.length} ≠ ${T}.`);
    for (let t = 0; t < T; t++) ids[t * B + b] = seq[t];
  });
  return { ids, length: T, batch: B };
}

/** Zero tensors added to the top layer's states; gradients with respect to them are ∂J/∂h(t), ∂J/∂c(t). */
export interface Probes {
  /** [direction][t], each [B, H]. */
  h: tf.Tensor2D[][];
  /** LSTM: [direction][t], each [B, H]. */
  c?: tf.Tensor2D[][];
}

export interface ForwardOptions {
  /** Truncated-BPTT window k; 0 = full BPTT. */
  truncation: number;
  probes?: Probes;
}

export interface ForwardResult {
  /** lm and tagger: time-major [T·B, K]; classifier: [B, K]. */
  logits: tf.Tensor2D;
  /** Each layer's traces, one per direction (forward first). */
  layers: LayerTrace[][];
  /** The top layer's output, time-major [T·B, H_out]. */
  top: tf.Tensor2D;
}

/** e(t) = E x(t) for every step, as a one-hot product (tf.gather has no gradient on wasm). Returns [T·B, D]. */
export function embed(E: tf.Tensor, ids: Int32Array, vocab: number): tf.Tensor2D {
  const oneHot = oneHotFloat(ids, vocab);
  return tf.matMul(oneHot, tf.transpose(E as tf.Tensor2D));
}

/** Hidden states of all directions of a layer, concatenated per step: [T·B, H·dirs]. */
function layerOutput(traces: LayerTrace[], T: number, B: number): tf.Tensor2D {
  const perDirection = traces.map((tr) => tf.stack(tr.h) as tf.Tensor3D);
  const joined = perDirection.length === 1 ? perDirection[0] : tf.concat(perDirection, 2);
  return tf.reshape(joined, [T * B, -1]);
}

/** Runs the model on a batch. All tensors are created in the caller's tidy scope. */
export function forward(params: ParamTensors, spec: ResolvedSpec, batch: TokenBatch, opts: ForwardOptions): ForwardResult {
  const { length: T, batch: B } = batch;
  let x = embed(params.E, batch.ids, spec.vocab);
  const layers: LayerTrace[][] = [];
  for (let l = 0; l < spec.layers; l++) {
    const isTop = l === spec.layers - 1;
    const traces = directions(spec).map((back, d) => {
      const w = prepareLayerWeights(params, spec.cell, spec.activation, spec.hidden, layerSuffix(l, back));
      return runLayer(x, T, B, w, {
        reverse: back,
        truncation: opts.truncation,
        probeH: isTop ? opts.probes?.h[d] : undefined,
        probeC: isTop ? opts.probes?.c?.[d] : undefined,
      });
    });
    layers.push(traces);
    x = layerOutput(traces, T, B);
  }
  const Ut = tf.transpose(params.U as tf.Tensor2D);
  const features = spec.head === 'classifier' ? pool(spec, layers[layers.length - 1], x, T, B) : x;
  const logits = tf.add(tf.matMul(features, Ut), params.b_2) as tf.Tensor2D;
  return { logits, layers, top: x };
}

/**
 * A classifier's sentence vector [B, H_out]: the final state (for a bidirectional
 * layer, [h→(T); h←(1)], each direction's last step), or the element-wise mean or
 * max over all steps.
 */
function pool(spec: ResolvedSpec, top: LayerTrace[], x: tf.Tensor2D, T: number, B: number): tf.Tensor2D {
  if (spec.pooling === 'final') {
    const finals = top.map((tr, d) => tr.h[d === 0 ? T - 1 : 0]);
    return finals.length === 1 ? finals[0] : tf.concat(finals, 1);
  }
  const steps = tf.reshape(x, [T, B, outputWidth(spec)]);
  return (spec.pooling === 'mean' ? tf.mean(steps, 0) : tf.max(steps, 0)) as tf.Tensor2D;
}

/** Cross-entropy −log softmax(logits)[target] of each row: [N]. */
export function crossEntropyRows(logits: tf.Tensor2D, targets: Int32Array): tf.Tensor1D {
  const K = logits.shape[1];
  const oneHot = oneHotFloat(targets, K);
  return tf.neg(tf.sum(tf.mul(oneHot, tf.logSoftmax(logits)), 1));
}
