import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { useCpu, makeModel, maxDiff } from '../core/helpers';
import { readSentence } from '../../../src/core/read-model';
import { poolStates } from '../../../src/core/pooling';
import { forward, packSequences } from '../../../src/core/network';
import type { Pooling } from '../../../src/core/spec';

beforeAll(useCpu);

/** U·s + b_2 from plain arrays. */
function head(model: ReturnType<typeof makeModel>, s: Float32Array): number[] {
  const p = model.getParams();
  const [K, W] = p.U.shape as [number, number];
  return Array.from({ length: K }, (_, k) => p.b_2.data[k] + Array.from(s).reduce((acc, v, j) => acc + p.U.data[k * W + j] * v, 0));
}

describe('poolStates', () => {
  it('poolStates(final | mean | max) computes h(T), the mean and the element-wise max', () => {
    const h = Float32Array.from([1, -2, 3, 0, -1, 5]); // T = 3, H = 2
    expect(Array.from(poolStates([h], 3, 2, 'final').encoding)).toEqual([-1, 5]);
    expect(Array.from(poolStates([h], 3, 2, 'mean').encoding)).toEqual([1, 1]);
    const max = poolStates([h], 3, 2, 'max');
    expect(Array.from(max.encoding)).toEqual([3, 5]);
    expect(Array.from(max.argmax)).toEqual([1, 2]);
  });

  for (const pooling of ['final', 'mean', 'max'] as Pooling[]) {
    for (const bidirectional of [false, true]) {
      it(`the classifier's logits are U·pool(h) + b_2 (${pooling}, ${bidirectional ? 'bidirectional' : 'forward'})`, () => {
        const model = makeModel({ cell: 'rnn', vocab: 9, embed: 4, hidden: 5, head: 'classifier', classes: 3, pooling, bidirectional }, 3);
        const ids = [1, 4, 2, 8, 0, 3];
        const reading = readSentence(model, ids);
        const top = reading.states[reading.states.length - 1];
        const { encoding } = poolStates(top, ids.length, 5, pooling);
        const logits = tf.tidy(() => Array.from(forward(model.tensors(), model.spec, packSequences([ids]), { truncation: 0 }).logits.dataSync()));
        expect(maxDiff(head(model, encoding), logits)).toBeLessThan(1e-5);
        model.dispose();
      });
    }
  }

  it('readSentence leaves no tensors behind', () => {
    const model = makeModel({ cell: 'lstm', vocab: 9, embed: 4, hidden: 5, head: 'tagger', classes: 3, layers: 2 }, 3);
    readSentence(model, [1, 2, 3]);
    const before = tf.memory().numTensors;
    readSentence(model, [1, 2, 3, 4]);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});
