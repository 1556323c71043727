/** Truncated BPTT gives exact zeros outside the last chunk; Algorithm 1 clips the global norm, keeping the direction. */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSequence } from '../../../src/core/analyze';
import { clipByGlobalNorm, clipScale, globalNorm } from '../../../src/core/clip';
import { Trainer } from '../../../src/core/train';
import { ids, makeModel, useCpu } from './helpers';

beforeAll(useCpu);

describe('truncated BPTT', () => {
  for (const cell of ['rnn', 'lstm'] as const) {
    it(`${cell}: ∂J(T)/∂h(t) is exactly 0 before T's chunk and non-zero inside it`, () => {
      const model = makeModel({ cell, vocab: 7, embed: 4, hidden: 6 }, 2, 1);
      const T = 20;
      const k = 6; // chunks 1–6, 7–12, 13–18, 19–20: T's chunk is steps 19, 20 (indices 18, 19)
      const a = analyzeSequence(model, { tokens: ids(T, 7), targets: ids(T, 7, 1) }, { truncation: k, clip: 0 });
      const lastChunkStart = Math.floor((T - 1) / k) * k;
      for (let t = 0; t < T; t++) {
        if (t < lastChunkStart) expect(a.gradFromLast[t], `t=${t}`).toBe(0);
        else expect(a.gradFromLast[t], `t=${t}`).toBeGreaterThan(0);
      }
      // ∂J/∂h(t) of the mean loss stays non-zero everywhere: every chunk has its own losses.
      expect(Array.from(a.gradNorms).every((v) => v > 0)).toBe(true);
      if (cell === 'lstm') expect(a.lstm!.cellGradNorms[lastChunkStart - 1]).toBeGreaterThan(0);
      const full = analyzeSequence(model, { tokens: ids(T, 7), targets: ids(T, 7, 1) }, { truncation: 0, clip: 0 });
      expect(Array.from(full.gradFromLast).every((v) => v > 0)).toBe(true);
      // Forward values do not depend on truncation.
      expect(Array.from(a.hiddenStates)).toEqual(Array.from(full.hiddenStates));
      expect(a.loss).toBe(full.loss);
      model.dispose();
    });
  }

  it('a window of at least T is full BPTT', () => {
    const model = makeModel({ cell: 'rnn', vocab: 5, embed: 3, hidden: 4 });
    const input = { tokens: ids(9, 5), targets: ids(9, 5, 2) };
    const a = analyzeSequence(model, input, { truncation: 9, clip: 0 });
    const b = analyzeSequence(model, input, { truncation: 0, clip: 0 });
    expect(Array.from(a.gradNorms)).toEqual(Array.from(b.gradNorms));
    model.dispose();
  });
});

describe('global-norm clipping (Algorithm 1)', () => {
  const grads = () => ({ a: tf.tensor2d([[3, -1], [0.5, 2]]), b: tf.tensor1d([-4, 0.25, 1]) });
  const norm0 = Math.hypot(3, -1, 0.5, 2, -4, 0.25, 1);

  it('globalNorm is the norm of all entries together', () => {
    tf.tidy(() => {
      expect(globalNorm(Object.values(grads())).dataSync()[0]).toBeCloseTo(norm0, 5);
    });
  });

  it('globalNorm does not overflow for huge finite gradients and reports NaN/Inf as such', () => {
    tf.tidy(() => {
      expect(globalNorm([tf.tensor1d([3e30, 4e30])]).dataSync()[0] / 5e30).toBeCloseTo(1, 5);
      expect(globalNorm([tf.tensor1d([1, NaN])]).dataSync()[0]).toBeNaN();
      expect(globalNorm([tf.tensor1d([1, Infinity])]).dataSync()[0]).toBe(Infinity);
      expect(globalNorm([tf.zeros([3])]).dataSync()[0]).toBe(0);
    });
  });

  for (const threshold of [0, 1, 2.5, norm0, 100]) {
    it(`threshold ${threshold}: norm after = ${threshold === 0 ? 'norm (off)' : 'min(norm, threshold)'}, direction unchanged`, () => {
      tf.tidy(() => {
        const g = grads();
        const clipped = clipByGlobalNorm(g, norm0, threshold);
        const after = globalNorm(Object.values(clipped)).dataSync()[0];
        const expected = threshold === 0 ? norm0 : Math.min(norm0, threshold);
        expect(after).toBeCloseTo(expected, 5);
        const ratio = expected / norm0;
        for (const name of Object.keys(g)) {
          const before = g[name as 'a' | 'b'].dataSync();
          const now = clipped[name].dataSync();
          before.forEach((v, k) => expect(now[k]).toBeCloseTo(v * ratio, 6));
        }
      });
    });
  }

  it('clipScale follows "if ‖ĝ‖ ≥ threshold" exactly, and 0 means off', () => {
    expect(clipScale(2, 2)).toBe(1);
    expect(clipScale(4, 2)).toBe(0.5);
    expect(clipScale(1, 2)).toBe(1);
    expect(clipScale(1e9, 0)).toBe(1);
  });

  it('analysis reports the clipped norm as min(norm, threshold)', () => {
    const model = makeModel({ cell: 'lstm', vocab: 6, embed: 3, hidden: 5 }, 4, 1.5);
    const input = { tokens: ids(12, 6), targets: ids(12, 6, 1) };
    const off = analyzeSequence(model, input, { truncation: 0, clip: 0 });
    expect(off.clippedGradNorm).toBe(off.paramGradNorm);
    const threshold = off.paramGradNorm / 3;
    const on = analyzeSequence(model, input, { truncation: 0, clip: threshold });
    expect(on.paramGradNorm).toBe(off.paramGradNorm);
    expect(on.clippedGradNorm).toBeCloseTo(threshold, 5);
    const loose = analyzeSequence(model, input, { truncation: 0, clip: off.paramGradNorm * 2 });
    expect(loose.clippedGradNorm).toBe(off.paramGradNorm);
    model.dispose();
  });

  it('a training step applies the clipped gradient: SGD with lr 1 moves θ by exactly the clipped step', () => {
    const model = makeModel({ cell: 'rnn', vocab: 5, embed: 3, hidden: 4 }, 6, 1.2);
    const before = model.getParams();
    const probe = new Trainer(model, { optimizer: 'sgd', learningRate: 1e-12, clip: 0, truncation: 0 });
    const batch = { inputs: [ids(6, 5), ids(6, 5, 1)], targets: [ids(6, 5, 2), ids(6, 5, 3)] };
    const norm = probe.step(batch).gradNorm;
    probe.dispose();
    model.setParams(before);
    const trainer = new Trainer(model, { optimizer: 'sgd', learningRate: 1, clip: norm / 4, truncation: 0 });
    const r = trainer.step(batch);
    expect(r.gradNorm).toBeCloseTo(norm, 5);
    expect(r.clippedGradNorm).toBeCloseTo(norm / 4, 5);
    const after = model.getParams();
    let sq = 0;
    for (const name of Object.keys(before)) before[name].data.forEach((v, k) => (sq += (after[name].data[k] - v) ** 2));
    expect(Math.sqrt(sq)).toBeCloseTo(norm / 4, 4);
    trainer.dispose();
    model.dispose();
  });
});
