import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { useCpu } from '../core/helpers';
import { ExplodingRun, batchForStep, type ExplodingStep } from '../../../src/core/experiments/exploding';
import type { ParamSet } from '../../../src/core/params';

beforeAll(useCpu);

const PLAIN = { learningRate: 0.1, clip: 0 };
const CLIPPED = { learningRate: 0.1, clip: 1 };

const sameBits = (a: ParamSet, b: ParamSet) =>
  Object.keys(a).every((k) => {
    const x = new Uint32Array(a[k].data.buffer, a[k].data.byteOffset, a[k].data.length);
    const y = new Uint32Array(b[k].data.buffer, b[k].data.byteOffset, b[k].data.length);
    return x.length === y.length && x.every((v, i) => v === y[i]);
  });

/** Trains without clipping until the first non-finite step, keeping the parameters before every step. */
function runToBlowUp(run: ExplodingRun, limit = 200) {
  const before = new Map<number, ParamSet>();
  const steps: ExplodingStep[] = [];
  for (let s = 1; s <= limit; s++) {
    before.set(s, run.params());
    const r = run.step(PLAIN);
    steps.push(r);
    if (r.nonFinite) return { before, steps, blownAt: s, after: run.params() };
  }
  return { before, steps, blownAt: 0, after: run.params() };
}

describe('ExplodingRun', () => {
  it('step() explodes without clipping at the default settings, and the non-finite step is not applied', () => {
    const run = new ExplodingRun({ rho: 1.1, seed: 1 });
    const { before, steps, blownAt, after } = runToBlowUp(run);
    expect(blownAt).toBeGreaterThan(3);
    const last = steps.at(-1)!;
    expect(last.nonFinite).toBe(true);
    expect(last.updated).toBe(false);
    expect(Number.isFinite(last.loss) && Number.isFinite(last.gradNorm)).toBe(false);
    expect(sameBits(before.get(blownAt)!, after)).toBe(true);
    // The climb: the steps just before reached gradient norms far above the first ones.
    expect(Math.max(...steps.slice(-4, -1).map((s) => s.gradNorm))).toBeGreaterThan(100 * steps[0].gradNorm);
    run.dispose();
  });

  it('step() with clipping stays finite and learns; clipped steps are reported', () => {
    const run = new ExplodingRun({ rho: 1.1, seed: 1 });
    const steps = Array.from({ length: 120 }, () => run.step(CLIPPED));
    expect(steps.every((s) => !s.nonFinite && s.updated)).toBe(true);
    expect(steps.every((s) => s.clippedGradNorm <= 1 + 1e-5)).toBe(true);
    expect(steps.some((s) => s.clipped)).toBe(true);
    const mean = (xs: ExplodingStep[]) => xs.reduce((a, s) => a + s.loss, 0) / xs.length;
    expect(mean(steps.slice(-10))).toBeLessThan(0.5 * mean(steps.slice(0, 10)));
    run.dispose();
  });

  it('rewind() restores the pre-blow-up parameters bit for bit, and a clipped replay from there stays finite', () => {
    const run = new ExplodingRun({ rho: 1.1, seed: 1 });
    const { before, steps, blownAt } = runToBlowUp(run);
    const from = run.replayPoint(blownAt);
    expect(from).toBeLessThan(blownAt);
    expect(from).toBeGreaterThanOrEqual(run.rewindable()[0]);
    run.rewind(from);
    expect(run.nextStep).toBe(from);
    expect(sameBits(run.params(), before.get(from)!)).toBe(true);
    // The same step again without clipping reproduces the original numbers exactly.
    const again = run.step(PLAIN);
    expect(again.loss).toBe(steps[from - 1].loss);
    expect(again.gradNorm).toBe(steps[from - 1].gradNorm);
    run.rewind(from);
    const replay = Array.from({ length: 60 }, () => run.step(CLIPPED));
    expect(replay[0].step).toBe(from);
    expect(replay.every((s) => !s.nonFinite)).toBe(true);
    run.dispose();
  });

  it('clipping and learning rate can change between any two steps', () => {
    const run = new ExplodingRun({ rho: 1.3, seed: 2 });
    const a = run.step(PLAIN);
    const b = run.step({ learningRate: 0.05, clip: 0.5 });
    expect(a.clip).toBe(0);
    expect(a.clipped).toBe(false);
    expect(b.clip).toBe(0.5);
    expect(b.learningRate).toBe(0.05);
    expect(b.clipped).toBe(b.gradNorm > 0.5);
    expect(b.clippedGradNorm).toBeCloseTo(Math.min(b.gradNorm, 0.5), 4);
    run.dispose();
  });

  it('rewind() refuses a step whose snapshot is gone', () => {
    const run = new ExplodingRun({ rho: 1, seed: 3, snapshots: 3 });
    for (let s = 0; s < 6; s++) run.step(CLIPPED);
    expect(run.rewindable()).toEqual([4, 5, 6]);
    expect(() => run.rewind(2)).toThrow(/No snapshot from before step 2/);
    run.dispose();
  });

  it('leaks no tensors across steps, blow-ups, setting changes, rewinds and dispose', () => {
    const start = tf.memory().numTensors;
    const run = new ExplodingRun({ rho: 1.3, seed: 1 });
    run.step(PLAIN); // burn-in: the model's variables and the optimiser's scalar
    const held = tf.memory().numTensors;
    for (let s = 0; s < 8; s++) run.step(s % 2 ? PLAIN : { learningRate: 0.2, clip: 2 });
    run.rewind(5);
    run.step(CLIPPED);
    expect(tf.memory().numTensors).toBe(held);
    run.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });

  it('batchForStep() depends only on the seed and the step', () => {
    expect(batchForStep(1, 7, 10, 4)).toEqual(batchForStep(1, 7, 10, 4));
    expect(batchForStep(1, 7, 10, 4)).not.toEqual(batchForStep(1, 8, 10, 4));
    expect(batchForStep(2, 7, 10, 4)).not.toEqual(batchForStep(1, 7, 10, 4));
  });

  it('rejects a bad ρ', () => {
    expect(() => new ExplodingRun({ rho: -1, seed: 1 })).toThrow(/ρ/);
  });
});
