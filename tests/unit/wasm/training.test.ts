/**
 * Whole training steps (src/core/train.ts Trainer: forward, autograd, clipping, Adam)
 * on the wasm backend with the replaced kernels agree with the cpu backend, and keep
 * the tensor count flat.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { RecurrentModel } from '../../../src/core/model';
import { Trainer, type TrainingBatch } from '../../../src/core/train';
import type { ModelSpec } from '../../../src/core/spec';
import { dataIds, on, useBothBackends } from './backends';

beforeAll(useBothBackends);

function batches(vocab: number, classes: number, T: number, B: number, lm: boolean): TrainingBatch[] {
  let s = 12345;
  const next = (limit: number) => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) % limit);
  const seq = (limit: number) => Array.from({ length: T }, () => next(limit));
  return Array.from({ length: 3 }, () => ({
    inputs: Array.from({ length: B }, () => seq(vocab)),
    targets: lm ? Array.from({ length: B }, () => seq(classes)) : Array.from({ length: B }, () => next(classes)),
  }));
}

interface Run {
  loss: number[];
  gradNorm: number[];
  params: Float32Array[];
}

function train(spec: ModelSpec, data: TrainingBatch[], truncation: number): Run {
  const model = RecurrentModel.create(spec, { radius: 1, forgetBias: 1 }, 3);
  const trainer = new Trainer(model, { optimizer: 'adam', learningRate: 0.01, clip: 1, truncation });
  const run: Run = { loss: [], gradNorm: [], params: [] };
  for (const batch of data) {
    const r = trainer.step(batch);
    run.loss.push(r.loss);
    run.gradNorm.push(r.gradNorm);
  }
  run.params = Object.values(model.getParams()).map((p) => p.data);
  trainer.dispose();
  model.dispose();
  return run;
}

const relClose = (a: number[], b: number[], tol: number) => a.forEach((x, k) => expect(Math.abs(x - b[k])).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b[k]))));

const CASES: [string, ModelSpec, number, boolean][] = [
  ['LSTM language model', { cell: 'lstm', vocab: 11, embed: 6, hidden: 16, head: 'lm' }, 0, true],
  ['LSTM lm, truncation 4', { cell: 'lstm', vocab: 11, embed: 6, hidden: 16, head: 'lm' }, 4, true],
  ['RNN classifier', { cell: 'rnn', activation: 'tanh', vocab: 9, embed: 5, hidden: 12, head: 'classifier', classes: 4, pooling: 'final' }, 0, false],
  ['2-layer bidirectional LSTM tagger', { cell: 'lstm', vocab: 9, embed: 5, hidden: 8, layers: 2, bidirectional: true, head: 'tagger', classes: 3 }, 0, true],
];

describe('Trainer steps: wasm with replaced kernels vs cpu', () => {
  it.each(CASES)('%s: loss, gradient norm and parameters agree', async (_, spec, truncation, lm) => {
    const classes = spec.classes ?? spec.vocab;
    const data = batches(spec.vocab, classes, 12, 5, lm);
    const wasm = await on('wasm', () => train(spec, data, truncation));
    const cpu = await on('cpu', () => train(spec, data, truncation));
    relClose(wasm.loss, cpu.loss, 1e-5);
    relClose(wasm.gradNorm, cpu.gradNorm, 1e-4);
    wasm.params.forEach((p, k) => relClose(Array.from(p), Array.from(cpu.params[k]), 1e-4));
  });

  it('keeps numTensors and wasm buffers flat over repeated steps', async () => {
    await on('wasm', () => {
      const spec: ModelSpec = { cell: 'lstm', vocab: 11, embed: 6, hidden: 16, head: 'lm' };
      const model = RecurrentModel.create(spec, { radius: 1 }, 3);
      const trainer = new Trainer(model, { optimizer: 'adam', learningRate: 0.01, clip: 1, truncation: 0 });
      const data = batches(11, 11, 10, 4, true);
      trainer.step(data[0]); // creates Adam's moment variables
      const tensors = tf.memory().numTensors;
      const ids = dataIds();
      for (let k = 0; k < 6; k++) trainer.step(data[k % data.length]);
      expect(tf.memory().numTensors).toBe(tensors);
      expect(dataIds()).toBe(ids);
      trainer.dispose();
      model.dispose();
    });
  });
});
