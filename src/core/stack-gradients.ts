/**
 * Per-layer pictures of a stacked RNN on one sequence: every layer's hidden states
 * h_l(t) and the gradient norm ‖∂J/∂h_l(t)‖ reaching each layer at each step (the
 * loss J is the mean cross-entropy of a tagger or language-model head). The norms
 * are read with autograd through zero "probes" added to every layer's h(t), as
 * analyze.ts does for the top layer; here every layer gets them.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { RecurrentModel } from './model';
import { crossEntropyRows, embed } from './network';
import { prepareLayerWeights, runLayer } from './layer';
import { directions, layerSuffix } from './spec';
import { checkIds } from './validate';

export interface StackAnalysis {
  layers: number;
  length: number;
  /** Width of a layer's output (H, or 2H when bidirectional). */
  width: number;
  loss: number;
  /** Per layer, row-major [T][width]. */
  states: Float32Array[];
  /** Per layer, ‖∂J/∂h_l(t)‖ for t = 1…T (over both directions when bidirectional). */
  gradNorms: Float32Array[];
}

/** Forward and backward pass over one sequence with a target per step. */
export function analyzeStack(model: RecurrentModel, ids: readonly number[], targets: readonly number[]): StackAnalysis {
  const spec = model.spec;
  if (spec.head === 'classifier') throw new Error('analyzeStack needs a per-step head (tagger or language model).');
  checkIds(ids, spec.vocab, 'Token');
  checkIds(targets, spec.classes, 'Target');
  if (targets.length !== ids.length) throw new Error(`Expected ${ids.length} targets, got ${targets.length}.`);
  const T = ids.length;
  const L = spec.layers;
  const dirs = directions(spec);
  const width = spec.hidden * dirs.length;
  return tf.tidy(() => {
    const params = model.tensors();
    // probes[l][d][t], each [1, H].
    const probes = Array.from({ length: L }, () => dirs.map(() => Array.from({ length: T }, () => tf.zeros([1, spec.hidden]) as tf.Tensor2D)));
    let states: Float32Array[] = [];
    const { value, grads } = tf.engine().gradients(() => {
      let x = embed(params.E, Int32Array.from(ids), spec.vocab);
      const outs: tf.Tensor2D[] = [];
      for (let l = 0; l < L; l++) {
        const perDir = dirs.map((back, d) => {
          const w = prepareLayerWeights(params, spec.cell, spec.activation, spec.hidden, layerSuffix(l, back));
          const trace = runLayer(x, T, 1, w, { reverse: back, truncation: 0, probeH: probes[l][d] });
          return tf.concat(trace.h, 0) as tf.Tensor2D; // [T, H]
        });
        x = perDir.length === 1 ? perDir[0] : (tf.concat(perDir, 1) as tf.Tensor2D);
        outs.push(x);
      }
      states = outs.map((o) => Float32Array.from(o.dataSync()));
      const logits = tf.add(tf.matMul(x, tf.transpose(params.U as tf.Tensor2D)), params.b_2) as tf.Tensor2D;
      return tf.mean(crossEntropyRows(logits, Int32Array.from(targets))) as tf.Scalar;
    }, probes.flat(2), undefined, true);
    const gradNorms = Array.from({ length: L }, (_, l) => {
      const sq = new Float32Array(T);
      dirs.forEach((_, d) => {
        for (let t = 0; t < T; t++) {
          const g = grads[(l * dirs.length + d) * T + t];
          sq[t] += g ? tf.sum(tf.square(g)).dataSync()[0] : 0;
        }
      });
      return sq.map(Math.sqrt);
    });
    return { layers: L, length: T, width, loss: value.dataSync()[0], states, gradNorms };
  });
}
