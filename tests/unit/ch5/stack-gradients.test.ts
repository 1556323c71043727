import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { useCpu, makeModel, maxDiff } from '../core/helpers';
import { analyzeStack } from '../../../src/core/stack-gradients';
import { analyzeSequence } from '../../../src/core/analyze';
import { readSentence } from '../../../src/core/read-model';
import { posSplit } from '../../../src/data/pos-grammar';

beforeAll(useCpu);

describe('analyzeStack', () => {
  const ids = [1, 5, 2, 7, 3, 0];
  const tags = [0, 1, 2, 1, 0, 2];
  for (const bidirectional of [false, true]) {
    it(`analyzeStack's top-layer norms match analyzeSequence (${bidirectional ? 'bidirectional' : 'forward'}, 3 layers)`, () => {
      const model = makeModel({ cell: 'lstm', vocab: 9, embed: 4, hidden: 5, layers: 3, head: 'tagger', classes: 3, bidirectional }, 2);
      const a = analyzeStack(model, ids, tags);
      const ref = analyzeSequence(model, { tokens: ids, targets: tags }, { truncation: 0, clip: 0 });
      expect(a.loss).toBeCloseTo(ref.loss, 5);
      expect(maxDiff(a.gradNorms[2], ref.gradNorms)).toBeLessThan(1e-5);
      // States agree with the plain forward pass, layer by layer.
      const r = readSentence(model, ids);
      expect(maxDiff(a.states[0].subarray(0, 5), r.states[0][0].subarray(0, 5))).toBeLessThan(1e-6);
      expect(a.gradNorms.every((g) => g.every((v) => Number.isFinite(v) && v > 0))).toBe(true);
      model.dispose();
    });
  }

  it('analyzeStack leaves no tensors behind', () => {
    const model = makeModel({ cell: 'rnn', vocab: 9, embed: 4, hidden: 5, layers: 2, head: 'tagger', classes: 3 }, 2);
    analyzeStack(model, ids, tags);
    const before = tf.memory().numTensors;
    analyzeStack(model, ids, tags);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});

describe('POS grammar', () => {
  it('posSplit(seed) is deterministic from its seed', () => {
    expect(posSplit(4, 300)).toEqual(posSplit(4, 300));
    expect(posSplit(5, 300).train[0]).not.toEqual(posSplit(4, 300).train[0]);
  });
});
