import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { runLagExperiment, type LagProgress } from '../../../src/core/experiments/long-lag';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const last = (it: Iterable<LagProgress>) => {
  let p: LagProgress | undefined;
  for (const x of it) p = x;
  return p!;
};

describe('runLagExperiment', () => {
  it('a simple RNN really learns to recall across a short lag (well above chance)', () => {
    const p = last(runLagExperiment({ cell: 'rnn', lag: 3, steps: 300, seed: 2 }));
    expect(p.accuracy).toBeGreaterThan(0.9);
    expect(p.done).toBe(true);
  });
  it('yields every step, evaluates every evalEvery steps, and stops at the step budget', () => {
    const all = [...runLagExperiment({ cell: 'lstm', lag: 4, steps: 12, seed: 1, evalEvery: 5, hidden: 8 })];
    expect(all.map((p) => p.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(all.filter((p) => p.evaluated).map((p) => p.step)).toEqual([5, 10, 12]);
    expect(all.at(-1)!.done).toBe(true);
  });
  it('frees its model and optimiser, also when the caller stops early', () => {
    const before = tf.memory().numTensors;
    for (const p of runLagExperiment({ cell: 'lstm', lag: 4, steps: 50, seed: 1, hidden: 8 })) if (p.step === 3) break;
    last(runLagExperiment({ cell: 'rnn', lag: 4, steps: 6, seed: 1, hidden: 8 }));
    expect(tf.memory().numTensors).toBe(before);
  });
  it('is deterministic from its seed', () => {
    const a = last(runLagExperiment({ cell: 'rnn', lag: 4, steps: 20, seed: 5, hidden: 8 }));
    const b = last(runLagExperiment({ cell: 'rnn', lag: 4, steps: 20, seed: 5, hidden: 8 }));
    expect(a.loss).toBe(b.loss);
    expect(a.accuracy).toBe(b.accuracy);
  });
  it('rejects bad settings with a clear message', () => {
    expect(() => last(runLagExperiment({ cell: 'rnn', lag: -3, steps: 5, seed: 0 }))).toThrow(/lag/);
    expect(() => last(runLagExperiment({ cell: 'rnn', lag: 3, steps: 0, seed: 0 }))).toThrow(/Steps/);
  });
});
