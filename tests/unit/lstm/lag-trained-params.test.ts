import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { trainLagModel, type LagTrainProgress } from '../../../src/core/lag-trained-params';
import { classifierAsLanguageModel } from '../../../src/core/classifier-as-lm';
import { runSequenceFast } from '../../../src/core/fast';
import { LAG_VOCAB } from '../../../src/data/long-lag';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('trainLagModel', () => {
  it('trainLagModel hands back the trained parameters on its last progress, and the fast path can read them', () => {
    let last: LagTrainProgress | undefined;
    for (const p of trainLagModel({ cell: 'lstm', lag: 3, steps: 25, seed: 1, forgetBias: 3 })) last = p;
    expect(last?.done).toBe(true);
    const params = classifierAsLanguageModel(last!.params!, LAG_VOCAB);
    expect(params.U.shape).toEqual([LAG_VOCAB, 32]);
    const a = runSequenceFast(params, { cell: 'lstm', activation: 'tanh' }, [1, 2, 3, 4, 8, 1], { truncation: 0, clip: 0 }).analysis;
    expect(Number.isFinite(a.gradFromLast[0])).toBe(true);
  });

  it('classifierAsLanguageModel leaves the classifier’s probabilities unchanged', () => {
    const classifier = { U: { shape: [2, 1] as [number, number], data: Float32Array.from([1, -1]) }, b_2: { shape: [2] as [number], data: Float32Array.from([0.5, 0]) } };
    const lm = classifierAsLanguageModel(classifier, 4);
    expect(Array.from(lm.U.data)).toEqual([1, -1, 0, 0]);
    expect(Array.from(lm.b_2.data)).toEqual([0.5, 0, -1e4, -1e4]);
  });
});
