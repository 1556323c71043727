/**
 * Generation from a language model (lecture §1): feed a start token and/or a prompt,
 * then repeatedly sample x(t+1) from ŷ(t) and feed it back, until the end token or
 * the length limit. Seeded: the same seed gives the same text.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { RecurrentModel } from './model';
import { embed } from './network';
import { lstmStep, rnnStep } from './cells';
import { prepareLayerWeights, type LayerWeights } from './layer';
import { layerSuffix } from './spec';
import { createRng } from './random';
import { checkIds } from './validate';

export interface SampleOptions {
  /** Most tokens to generate (not counting the prompt). */
  maxLength: number;
  /** Softmax temperature τ: p ∝ exp(logit/τ). τ → 0 is argmax (greedy); 1 samples the model as is. */
  temperature: number;
  seed: number;
  /** Fed first, if given (e.g. a beginning-of-sentence id). */
  start?: number;
  /** Ids fed after the start token; generation continues from the last one. */
  prompt?: ArrayLike<number>;
  /** Stop after generating this id (it is included in the output). */
  end?: number;
}

/** Below this temperature, sampling is argmax (avoids exp overflow and division by 0). */
export const GREEDY_TEMPERATURE = 1e-3;

/**
 * Picks an id from logits at temperature τ, in float64. rng() is uniform in [0, 1).
 * Exported for tests and for other samplers (e.g. the n-gram model).
 */
export function sampleFromLogits(logits: ArrayLike<number>, temperature: number, rng: () => number): number {
  let best = 0;
  for (let k = 1; k < logits.length; k++) if (logits[k] > logits[best]) best = k;
  if (temperature < GREEDY_TEMPERATURE) return best;
  const weights = new Float64Array(logits.length);
  let total = 0;
  for (let k = 0; k < logits.length; k++) {
    weights[k] = Math.exp((logits[k] - logits[best]) / temperature);
    total += weights[k];
  }
  let u = rng() * total;
  for (let k = 0; k < weights.length; k++) {
    u -= weights[k];
    if (u < 0) return k;
  }
  return best;
}

/** Generates token ids (prompt not included). Needs a unidirectional language model. */
export function sample(model: RecurrentModel, options: SampleOptions): number[] {
  const { spec } = model;
  if (spec.head !== 'lm') throw new Error('Only a language model can generate text.');
  if (!Number.isInteger(options.maxLength) || options.maxLength < 0) throw new Error(`maxLength must be a whole number ≥ 0, got ${options.maxLength}.`);
  if (!(options.temperature >= 0)) throw new Error(`The temperature must be ≥ 0, got ${options.temperature}.`);
  const feed = [...(options.start !== undefined ? [options.start] : []), ...Array.from(options.prompt ?? [])];
  if (feed.length === 0) throw new Error('Give a start token or a prompt: the model needs an input before it can predict.');
  checkIds(feed, spec.vocab, 'Token');
  if (options.end !== undefined) checkIds([options.end], spec.vocab, 'Token');
  const rng = createRng(options.seed);
  const out: number[] = [];

  tf.tidy(() => {
    const params = model.tensors();
    const layers: LayerWeights[] = [];
    for (let l = 0; l < spec.layers; l++) layers.push(prepareLayerWeights(params, spec.cell, spec.activation, spec.hidden, layerSuffix(l, false)));
    const Ut = tf.transpose(params.U as tf.Tensor2D);
    let h: tf.Tensor2D[] = layers.map(() => tf.zeros([1, spec.hidden]));
    let c: tf.Tensor2D[] = layers.map(() => tf.zeros([1, spec.hidden]));

    /** Feeds one id; keeps the new state, frees the old; returns ŷ's logits. */
    const advance = (id: number): Float32Array => {
      const next = tf.tidy(() => {
        let x: tf.Tensor2D = embed(params.E, Int32Array.of(id), spec.vocab);
        const hs: tf.Tensor2D[] = [];
        const cs: tf.Tensor2D[] = [];
        layers.forEach((w, l) => {
          const inputPart = tf.add(tf.matMul(x, w.inputT), w.bias) as tf.Tensor2D;
          if (w.cell === 'lstm') {
            const s = lstmStep(inputPart, h[l], c[l], w.recurrentT);
            hs.push(s.h);
            cs.push(s.c);
          } else {
            hs.push(rnnStep(inputPart, h[l], w.recurrentT, w.activation));
            cs.push(c[l].clone());
          }
          x = hs[l];
        });
        const logits = tf.add(tf.matMul(x, Ut), params.b_2);
        return { hs, cs, logits };
      });
      tf.dispose([...h, ...c]);
      h = next.hs;
      c = next.cs;
      const values = Float32Array.from(next.logits.dataSync());
      next.logits.dispose();
      return values;
    };

    let logits: Float32Array = new Float32Array(0);
    for (const id of feed) logits = advance(id);
    for (let k = 0; k < options.maxLength; k++) {
      const id = sampleFromLogits(logits, options.temperature, rng.next);
      out.push(id);
      if (id === options.end) break;
      if (k + 1 < options.maxLength) logits = advance(id);
    }
    tf.dispose([...h, ...c]);
  });
  return out;
}
