/** Training steps (SGD, Adam, NaN handling) and seeded sampling with temperature, start/end tokens and prompts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { Trainer } from '../../../src/core/train';
import { sample, sampleFromLogits } from '../../../src/core/sample';
import { lossAndGradients } from '../../../src/core/gradients';
import { createRng } from '../../../src/core/random';
import { ids, makeModel, useCpu } from './helpers';

beforeAll(useCpu);

describe('Trainer.step', () => {
  it('SGD: θ ← θ − lr·∂J/∂θ on a batch of one', () => {
    const model = makeModel({ cell: 'lstm', vocab: 5, embed: 3, hidden: 4 });
    const input = { tokens: ids(6, 5), targets: ids(6, 5, 1) };
    const before = model.getParams();
    const { grads, loss } = lossAndGradients(model, input, { truncation: 0 });
    const trainer = new Trainer(model, { optimizer: 'sgd', learningRate: 0.5, clip: 0, truncation: 0 });
    const r = trainer.step({ inputs: [input.tokens], targets: [input.targets] });
    expect(r).toMatchObject({ nonFinite: false, updated: true });
    expect(r.loss).toBeCloseTo(loss, 6);
    const after = model.getParams();
    for (const name of Object.keys(before)) {
      before[name].data.forEach((v, k) => expect(after[name].data[k]).toBeCloseTo(v - 0.5 * grads[name].data[k], 6));
    }
    trainer.dispose();
    model.dispose();
  });

  for (const cell of ['rnn', 'lstm'] as const) {
    it(`Adam lowers the loss of a ${cell} language model on a repeating pattern`, () => {
      const model = makeModel({ cell, vocab: 4, embed: 4, hidden: 12 }, 3);
      const trainer = new Trainer(model, { optimizer: 'adam', learningRate: 0.05, clip: 1, truncation: 0 });
      const seq = Array.from({ length: 13 }, (_, k) => k % 4);
      const batch = { inputs: [seq.slice(0, 12), seq.slice(1, 13)], targets: [seq.slice(1, 13), [...seq.slice(2, 13), 2]] };
      const first = trainer.step(batch).loss;
      let last = first;
      for (let k = 0; k < 60; k++) last = trainer.step(batch).loss;
      expect(last).toBeLessThan(first * 0.3);
      trainer.dispose();
      model.dispose();
    });
  }

  it('a step with NaN/Inf is reported and not applied', () => {
    const model = makeModel({ cell: 'rnn', vocab: 4, embed: 3, hidden: 4 });
    const params = model.getParams();
    params.U.data.fill(3e38); // finite, but U h overflows to ±Inf and the softmax gives NaN
    params.U.data[1] = -3e38;
    model.setParams(params);
    const trainer = new Trainer(model, { optimizer: 'adam', learningRate: 0.1, clip: 1, truncation: 0 });
    const r = trainer.step({ inputs: [[0, 1, 2]], targets: [[1, 2, 3]] });
    expect(r.nonFinite).toBe(true);
    expect(r.updated).toBe(false);
    expect(Number.isFinite(r.loss) && Number.isFinite(r.gradNorm)).toBe(false);
    const after = model.getParams();
    for (const name of Object.keys(params)) expect(Array.from(after[name].data)).toEqual(Array.from(params[name].data));
    trainer.dispose();
    model.dispose();
  });

  it('trains tagger and classifier heads', () => {
    for (const spec of [
      { cell: 'rnn', vocab: 5, embed: 3, hidden: 6, bidirectional: true, head: 'tagger', classes: 2 },
      { cell: 'lstm', vocab: 5, embed: 3, hidden: 6, layers: 2, head: 'classifier', classes: 2, pooling: 'mean' },
    ] as const) {
      const model = makeModel(spec);
      const trainer = new Trainer(model, { optimizer: 'adam', learningRate: 0.05, clip: 0, truncation: 0 });
      const inputs = [[0, 1, 2, 3], [4, 3, 2, 1]];
      const targets = spec.head === 'tagger' ? inputs.map((s) => s.map((v) => v % 2)) : [0, 1];
      const first = trainer.step({ inputs, targets }).loss;
      let last = first;
      for (let k = 0; k < 40; k++) last = trainer.step({ inputs, targets }).loss;
      expect(last).toBeLessThan(first * 0.5);
      trainer.dispose();
      model.dispose();
    }
  });

  it('the learning rate set between steps is the one the next step uses (SGD and Adam)', () => {
    const model = makeModel({ cell: 'rnn', vocab: 5, embed: 3, hidden: 4 });
    const input = { tokens: ids(6, 5), targets: ids(6, 5, 1) };
    const trainer = new Trainer(model, { optimizer: 'sgd', learningRate: 0.5, clip: 0, truncation: 0 });
    trainer.step({ inputs: [input.tokens], targets: [input.targets] });
    trainer.learningRate = 0.125;
    expect(trainer.learningRate).toBeCloseTo(0.125, 12);
    const before = model.getParams();
    const { grads } = lossAndGradients(model, input, { truncation: 0 });
    trainer.step({ inputs: [input.tokens], targets: [input.targets] });
    const after = model.getParams();
    for (const name of Object.keys(before)) {
      before[name].data.forEach((v, k) => expect(after[name].data[k]).toBeCloseTo(v - 0.125 * grads[name].data[k], 6));
    }
    expect(() => (trainer.learningRate = 0)).toThrow(/positive/);
    trainer.dispose();
    model.dispose();
    const adamModel = makeModel({ cell: 'rnn', vocab: 5, embed: 3, hidden: 4 });
    const adam = new Trainer(adamModel, { optimizer: 'adam', learningRate: 0.01, clip: 0, truncation: 0 });
    adam.learningRate = 0.002;
    const p0 = adamModel.getParams();
    adam.step({ inputs: [input.tokens], targets: [input.targets] });
    // Adam's first step moves every weight with a non-zero gradient by ≈ the learning rate.
    const moved = Object.keys(p0).flatMap((n) => Array.from(p0[n].data, (v, k) => Math.abs(adamModel.getParams()[n].data[k] - v)));
    expect(Math.max(...moved)).toBeCloseTo(0.002, 4);
    adam.dispose();
    adamModel.dispose();
  });

  it('dropout: the same seed gives the same run, another seed another; rate 0 is plain training', () => {
    const run = (dropout: number, seed: number) => {
      const model = makeModel({ cell: 'lstm', vocab: 5, embed: 3, hidden: 6 }, 4);
      const trainer = new Trainer(model, { optimizer: 'adam', learningRate: 0.02, clip: 1, truncation: 0, dropout, seed });
      const losses = Array.from({ length: 4 }, (_, k) => trainer.step({ inputs: [ids(8, 5, k), ids(8, 5, k + 3)], targets: [ids(8, 5, k + 1), ids(8, 5, k + 4)] }).loss);
      const p = model.getParams().W_f.data;
      trainer.dispose();
      model.dispose();
      return { losses, p: Array.from(p) };
    };
    expect(run(0.3, 1)).toEqual(run(0.3, 1));
    expect(run(0.3, 2).losses).not.toEqual(run(0.3, 1).losses);
    expect(run(0.3, 1).losses.slice(1)).not.toEqual(run(0, 1).losses.slice(1));
    expect(run(0, 1)).toEqual(run(0, 2));
    expect(() => new Trainer(makeModel({ cell: 'rnn', vocab: 3, embed: 2, hidden: 2 }), { optimizer: 'sgd', learningRate: 1, clip: 0, truncation: 0, dropout: 1 })).toThrow(/Dropout/);
  });

});

describe('sample', () => {
  it('sampleFromLogits: temperature 0 is argmax; low temperature concentrates, high spreads', () => {
    const logits = [0.1, 2, 1.9, -1];
    expect(sampleFromLogits(logits, 0, () => 0.999)).toBe(1);
    const counts = (tau: number) => {
      const rng = createRng(4);
      const c = [0, 0, 0, 0];
      for (let k = 0; k < 2000; k++) c[sampleFromLogits(logits, tau, rng.next)]++;
      return c;
    };
    expect(counts(0.02)[1]).toBeGreaterThan(1950); // p = 1 / (1 + e^-5 + …) ≈ 0.993
    expect(counts(5)[3]).toBeGreaterThan(250);
  });

  it('is seeded, starts from start + prompt, and stops at the end token', () => {
    const model = makeModel({ cell: 'lstm', vocab: 6, embed: 3, hidden: 8, layers: 2 }, 9, 1.5);
    const opts = { maxLength: 30, temperature: 1, seed: 5, start: 0, prompt: [1, 2] };
    const a = sample(model, opts);
    expect(a).toEqual(sample(model, opts));
    expect(a.length).toBe(30);
    expect(a.every((v) => Number.isInteger(v) && v >= 0 && v < 6)).toBe(true);
    expect(sample(model, { ...opts, seed: 6 })).not.toEqual(a);
    const greedy = sample(model, { ...opts, temperature: 0 });
    expect(sample(model, { ...opts, temperature: 0, seed: 123 })).toEqual(greedy);
    const end = a[3];
    const stopped = sample(model, { ...opts, end });
    expect(stopped[stopped.length - 1]).toBe(end);
    expect(stopped.length).toBe(a.indexOf(end) + 1);
    expect(() => sample(model, { maxLength: 3, temperature: 1, seed: 0 })).toThrow(/start token or a prompt/);
    model.dispose();
  });

  it('greedy sampling follows the model: the first token is the argmax of ŷ after the prompt', () => {
    const model = makeModel({ cell: 'rnn', vocab: 5, embed: 3, hidden: 4 }, 2, 2);
    const first = sample(model, { maxLength: 1, temperature: 0, seed: 0, prompt: [3, 1] })[0];
    // Score every candidate next token by its loss as the target of the last step.
    const losses = [0, 1, 2, 3, 4].map((c) => lossAndGradients(model, { tokens: [3, 1], targets: [0, c] }, { truncation: 0 }).loss);
    expect(first).toBe(losses.indexOf(Math.min(...losses)));
    model.dispose();
  });
});
