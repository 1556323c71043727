/**
 * What a next-word model does when it cannot see the future: its loss when every
 * prediction at step t is made from the prefix x(1)…x(t) alone (the situation of
 * generation), and generation itself. For a left-to-right model this equals the
 * teacher-forced loss; for a bidirectional one it does not, because in training its
 * backward half read x(t+1), the word it was asked to predict.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { RecurrentModel } from './model';
import { forward, packSequences } from './network';
import { sampleFromLogits } from './sample';
import type { Rng } from './random';
import type { Example } from '../data/splits';

/** Mean −log P(x(t+1) | x(1)…x(t)) with the model run on each prefix only. */
export function prefixOnlyLoss(model: RecurrentModel, examples: readonly Example[]): number {
  const maxT = Math.max(0, ...examples.map((e) => e.ids.length));
  let sum = 0;
  let count = 0;
  for (let t = 1; t <= maxT; t++) {
    const rows = examples.filter((e) => e.ids.length >= t);
    if (rows.length === 0) continue;
    tf.tidy(() => {
      const out = forward(model.tensors(), model.spec, packSequences(rows.map((e) => e.ids.slice(0, t))), { truncation: 0 });
      const B = rows.length;
      // The prediction made at the prefix's last step, rows (t−1)·B … t·B − 1.
      const last = tf.slice(tf.logSoftmax(out.logits), [(t - 1) * B, 0], [B, -1]).arraySync() as number[][];
      rows.forEach((e, b) => {
        sum -= last[b][e.tags[t - 1]];
        count++;
      });
    });
  }
  return count ? sum / count : NaN;
}

/** Generates from `start` by feeding each sampled word back, re-reading the whole prefix each step. */
export function generateIds(model: RecurrentModel, start: number, end: number, maxLength: number, temperature: number, rng: Rng): number[] {
  const ids = [start];
  for (let k = 0; k < maxLength; k++) {
    const logits = tf.tidy(() => {
      const out = forward(model.tensors(), model.spec, packSequences([ids]), { truncation: 0 });
      return Float32Array.from(tf.slice(out.logits, [ids.length - 1, 0], [1, -1]).dataSync());
    });
    const next = sampleFromLogits(logits, temperature, rng.next);
    ids.push(next);
    if (next === end) break;
  }
  return ids.slice(1);
}
