/**
 * What a trained word model does with one sentence, as plain numbers: the output
 * distribution at every step (or once, for a classifier), and every layer's hidden
 * states per direction. Also the pooled sentence encodings, computed from those
 * states exactly as network.ts pools them (and tested against the model's own output).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { RecurrentModel } from './model';
import { forward, packSequences } from './network';
import { checkIds } from './validate';

export interface SentenceReading {
  /** T, steps. */
  length: number;
  /** H per direction. */
  hidden: number;
  /** Classes K. */
  classes: number;
  /** Softmax output, row-major [T][K] (tagger, lm) or [1][K] (classifier). */
  probs: Float32Array;
  /** [layer][direction] → h(t) row-major [T][H]; direction 0 reads left to right, 1 right to left. */
  states: Float32Array[][];
}

/** Runs the model on one sentence (batch of one). */
export function readSentence(model: RecurrentModel, ids: readonly number[]): SentenceReading {
  checkIds(ids, model.spec.vocab, 'Token');
  const T = ids.length;
  return tf.tidy(() => {
    const out = forward(model.tensors(), model.spec, packSequences([ids]), { truncation: 0 });
    const probs = Float32Array.from(tf.softmax(out.logits).dataSync());
    const states = out.layers.map((dirs) => dirs.map((tr) => Float32Array.from(tf.stack(tr.h).dataSync())));
    return { length: T, hidden: model.spec.hidden, classes: model.spec.classes, probs, states };
  });
}

