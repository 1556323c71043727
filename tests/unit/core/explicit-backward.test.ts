/**
 * The hand-derived backward pass (src/core/explicit-backward.ts) against autograd on
 * the same forward, on small random models and batches, with and without truncation;
 * against central finite differences of the float64 reference; and the Trainer
 * driven by it against the Trainer driven by autograd.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { explicitLossAndGrads, hasExplicitBackward } from '../../../src/core/explicit-backward';
import { crossEntropyRows, forward, packSequences } from '../../../src/core/network';
import { Trainer, type TrainingBatch } from '../../../src/core/train';
import { resolveSpec, type ModelSpec } from '../../../src/core/spec';
import type { RecurrentModel } from '../../../src/core/model';
import { refParamGradients } from './reference-model';
import { ids, makeModel, maxAbs, maxDiff, refParams, refSpec, useCpu } from './helpers';

beforeAll(useCpu);

const cases: [string, ModelSpec][] = [
  ['rnn tanh', { cell: 'rnn', activation: 'tanh', vocab: 6, embed: 4, hidden: 5 }],
  ['rnn sigmoid', { cell: 'rnn', activation: 'sigmoid', vocab: 6, embed: 4, hidden: 5 }],
  ['rnn relu', { cell: 'rnn', activation: 'relu', vocab: 6, embed: 4, hidden: 5 }],
  ['rnn identity', { cell: 'rnn', activation: 'identity', vocab: 6, embed: 4, hidden: 5 }],
  ['lstm', { cell: 'lstm', vocab: 6, embed: 4, hidden: 5 }],
  ['lstm tagger', { cell: 'lstm', vocab: 6, embed: 4, hidden: 5, head: 'tagger', classes: 3 }],
];

/** B pseudo-random sequences of T inputs and per-step targets. */
function randomBatch(model: RecurrentModel, T: number, B: number, salt: number): TrainingBatch {
  const { vocab, classes } = model.spec;
  return {
    inputs: Array.from({ length: B }, (_, b) => ids(T, vocab, salt + b)),
    targets: Array.from({ length: B }, (_, b) => ids(T, classes, salt + 17 + b)),
  };
}

/** Loss and gradients by name, read back, from the explicit pass or from autograd. */
function gradients(model: RecurrentModel, batch: TrainingBatch, truncation: number, explicit: boolean): { loss: number; grads: Record<string, Float32Array> } {
  const inputs = packSequences(batch.inputs);
  const targets = packSequences(batch.targets as ArrayLike<number>[]).ids;
  return tf.tidy(() => {
    const params = model.tensors();
    const names = Object.keys(params);
    let loss: tf.Scalar;
    let list: tf.Tensor[];
    if (explicit) {
      const r = explicitLossAndGrads(params, model.spec, inputs, targets, truncation);
      loss = r.loss;
      list = names.map((n) => r.grads[n]);
    } else {
      const r = tf.grads((...ps: tf.Tensor[]) => {
        const byName = Object.fromEntries(names.map((n, k) => [n, ps[k]]));
        return tf.mean(crossEntropyRows(forward(byName, model.spec, inputs, { truncation }).logits, targets)) as tf.Scalar;
      });
      list = r(names.map((n) => params[n]));
      loss = tf.mean(crossEntropyRows(forward(params, model.spec, inputs, { truncation }).logits, targets)) as tf.Scalar;
    }
    const grads: Record<string, Float32Array> = {};
    names.forEach((n, k) => {
      expect(list[k].shape, n).toEqual(params[n].shape);
      grads[n] = list[k].dataSync() as Float32Array;
    });
    return { loss: loss.dataSync()[0], grads };
  }) as unknown as { loss: number; grads: Record<string, Float32Array> };
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, relTol: number, what: string): void {
  const tol = relTol * maxAbs(expected) + 1e-7;
  const diff = maxDiff(actual, expected);
  expect(diff, `${what}: max diff ${diff} > ${tol}`).toBeLessThanOrEqual(tol);
}

describe('explicit backward pass', () => {
  it('handles one-layer, one-direction models with a per-step head, and nothing else', () => {
    expect(hasExplicitBackward(resolveSpec({ cell: 'lstm', vocab: 5, embed: 3, hidden: 4 }))).toBe(true);
    expect(hasExplicitBackward(resolveSpec({ cell: 'rnn', vocab: 5, embed: 3, hidden: 4, head: 'tagger', classes: 2 }))).toBe(true);
    expect(hasExplicitBackward(resolveSpec({ cell: 'rnn', vocab: 5, embed: 3, hidden: 4, layers: 2 }))).toBe(false);
    expect(hasExplicitBackward(resolveSpec({ cell: 'rnn', vocab: 5, embed: 3, hidden: 4, head: 'tagger', classes: 2, bidirectional: true }))).toBe(false);
    expect(hasExplicitBackward(resolveSpec({ cell: 'lstm', vocab: 5, embed: 3, hidden: 4, head: 'classifier', classes: 2 }))).toBe(false);
  });

  for (const [name, spec] of cases) {
    for (const truncation of [0, 3]) {
      it(`${name}, truncation ${truncation}: the same loss and gradients as autograd`, () => {
        const model = makeModel(spec, 5, 1.2, 0.5);
        const batch = randomBatch(model, 7, 3, 2);
        const before = tf.memory().numTensors;
        const ours = gradients(model, batch, truncation, true);
        expect(tf.memory().numTensors).toBe(before);
        const auto = gradients(model, batch, truncation, false);
        expect(ours.loss).toBeCloseTo(auto.loss, 6);
        for (const n of Object.keys(auto.grads)) expectClose(ours.grads[n], auto.grads[n], 1e-5, `∂J/∂${n}`);
        model.dispose();
      });
    }
  }

  for (const truncation of [0, 3]) {
    it(`lstm, truncation ${truncation}: matches finite differences of the float64 reference`, () => {
      const model = makeModel({ cell: 'lstm', vocab: 5, embed: 3, hidden: 4 }, 7, 1.1, 0.5);
      const tokens = ids(8, 5, 3);
      const targets = ids(8, 5, 4);
      const ours = gradients(model, { inputs: [tokens], targets: [targets] }, truncation, true);
      const fd = refParamGradients(refParams(model), refSpec(model.spec), tokens, targets, { truncation });
      for (const [n, g] of Object.entries(fd)) expectClose(ours.grads[n], g, 2e-4, `∂J/∂${n}`);
      model.dispose();
    });
  }
});

describe('Trainer with the explicit backward pass', () => {
  for (const cell of ['rnn', 'lstm'] as const) {
    it(`${cell}: Adam steps with clipping and truncation follow the autograd trainer`, () => {
      const run = (backward: 'auto' | 'autograd') => {
        const model = makeModel({ cell, vocab: 6, embed: 4, hidden: 5 }, 9);
        const trainer = new Trainer(model, { optimizer: 'adam', learningRate: 0.02, clip: 0.5, truncation: 4, backward });
        const results = [trainer.step(randomBatch(model, 9, 4, 0))];
        const before = tf.memory().numTensors; // after Adam made its moments
        for (const k of [1, 2, 3]) results.push(trainer.step(randomBatch(model, 9, 4, k)));
        expect(tf.memory().numTensors).toBe(before);
        const params = model.getParams();
        trainer.dispose();
        model.dispose();
        return { results, params };
      };
      const ours = run('auto');
      const auto = run('autograd');
      ours.results.forEach((r, k) => {
        expect(r.updated).toBe(true);
        expect(r.loss).toBeCloseTo(auto.results[k].loss, 5);
        expect(r.gradNorm).toBeCloseTo(auto.results[k].gradNorm, 5);
        expect(r.clippedGradNorm).toBeCloseTo(auto.results[k].clippedGradNorm, 5);
      });
      for (const n of Object.keys(auto.params)) expectClose(ours.params[n].data, auto.params[n].data, 1e-4, n);
    });
  }
});

describe('explicit backward with a dropout mask', () => {
  it.each(['rnn', 'lstm'] as const)('%s: gradients match central finite differences of the masked loss', (cell) => {
    const model = makeModel({ cell, vocab: 5, embed: 3, hidden: 4 }, 11);
    const T = 5;
    const B = 2;
    const inputs = packSequences([ids(T, 5, 1), ids(T, 5, 2)]);
    const targets = packSequences([ids(T, 5, 3), ids(T, 5, 4)]).ids;
    const mask = tf.tensor2d(Array.from({ length: T * B * 4 }, (_, k) => (k % 3 === 0 ? 0 : 1.5)), [T * B, 4]);
    const lossAt = (params: Record<string, tf.Tensor>) => tf.tidy(() => explicitLossAndGrads(params, model.spec, inputs, targets, 0, mask).loss.dataSync()[0]);
    const { grads } = tf.tidy(() => {
      const r = explicitLossAndGrads(model.tensors(), model.spec, inputs, targets, 0, mask);
      return { grads: Object.fromEntries(Object.entries(r.grads).map(([n, g]) => [n, g.dataSync().slice()])) };
    });
    const base = model.getParams();
    const eps = 1e-2;
    for (const name of ['U', 'E', cell === 'rnn' ? 'W_h' : 'W_f']) {
      for (const k of [0, 3, 7]) {
        const shifted = (d: number) => {
          const params = Object.fromEntries(Object.entries(base).map(([n, p]) => {
            const data = Float32Array.from(p.data);
            if (n === name) data[k] += d;
            return [n, tf.tensor(data, [...p.shape])];
          }));
          const l = lossAt(params);
          Object.values(params).forEach((t) => t.dispose());
          return l;
        };
        const numeric = (shifted(eps) - shifted(-eps)) / (2 * eps);
        expect(grads[name][k]).toBeCloseTo(numeric, 2);
      }
    }
    mask.dispose();
    model.dispose();
  });
});
