/** Parameters (names, seeding, get/set), determinism, bad input, and tensors freed. */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSequence } from '../../../src/core/analyze';
import { RecurrentModel } from '../../../src/core/model';
import { initLanguageModel } from '../../../src/core/params';
import { initModelParams, paramShapes, resolveSpec } from '../../../src/core/spec';
import { Trainer } from '../../../src/core/train';
import { sample } from '../../../src/core/sample';
import { ids, makeModel, useCpu } from './helpers';

beforeAll(useCpu);

describe('parameters', () => {
  it('a one-layer language model has the names and values of initLanguageModel', () => {
    for (const cell of ['rnn', 'lstm'] as const) {
      const shape = { cell, vocab: 7, embed: 3, hidden: 5 };
      const a = initModelParams(shape, { radius: 0.9, forgetBias: 2 }, 11);
      const b = initLanguageModel(shape, { radius: 0.9, forgetBias: 2 }, 11);
      expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
      for (const name of Object.keys(b)) expect(Array.from(a[name].data)).toEqual(Array.from(b[name].data));
    }
  });

  it('stacks and bidirectional layers use the "@layer" and "<" suffixes', () => {
    const names = Object.keys(paramShapes(resolveSpec({ cell: 'rnn', vocab: 4, embed: 2, hidden: 3, layers: 2, bidirectional: true, head: 'tagger', classes: 2 })));
    expect(names).toEqual(['E', 'W_e', 'W_h', 'b_1', 'W_e@0<', 'W_h@0<', 'b_1@0<', 'W_e@1', 'W_h@1', 'b_1@1', 'W_e@1<', 'W_h@1<', 'b_1@1<', 'U', 'b_2']);
    const shapes = paramShapes(resolveSpec({ cell: 'lstm', vocab: 4, embed: 2, hidden: 3, layers: 2, bidirectional: true, head: 'classifier', classes: 2 }));
    expect(shapes['U_f@1']).toEqual([3, 6]); // layer 1 reads [h→; h←] of layer 0
    expect(shapes.U).toEqual([2, 6]);
  });

  it('W_h has the chosen spectral radius (ρ·Q: every singular value is ρ)', () => {
    const p = initModelParams({ cell: 'rnn', vocab: 4, embed: 2, hidden: 6 }, { radius: 0.7 }, 3);
    const W = p.W_h.data;
    // (W Wᵀ) = ρ² I
    for (let r = 0; r < 6; r++) for (let c = 0; c < 6; c++) {
      let dot = 0;
      for (let k = 0; k < 6; k++) dot += W[r * 6 + k] * W[c * 6 + k];
      expect(dot).toBeCloseTo(r === c ? 0.49 : 0, 5);
    }
  });

  it('getParams/setParams round-trip, and getParams returns a copy', () => {
    const model = makeModel({ cell: 'lstm', vocab: 4, embed: 2, hidden: 3 });
    const p = model.getParams();
    p.W_f.data[0] = 42;
    expect(model.getParams().W_f.data[0]).not.toBe(42);
    model.setParams(p);
    expect(model.getParams().W_f.data[0]).toBe(42);
    model.dispose();
  });

  it('a bidirectional language model is refused', () => {
    expect(() => resolveSpec({ cell: 'rnn', vocab: 4, embed: 2, hidden: 3, bidirectional: true })).toThrow(/cannot be a language model/);
  });
});

describe('determinism', () => {
  const run = (seed: number) => {
    const model = makeModel({ cell: 'lstm', vocab: 8, embed: 4, hidden: 6 }, seed, 1.2);
    const a = analyzeSequence(model, { tokens: ids(10, 8), targets: ids(10, 8, 1) }, { truncation: 4, clip: 0.5 });
    model.dispose();
    return a;
  };
  it('the same seed gives the same numbers', () => {
    const [a, b] = [run(5), run(5)];
    expect(a.loss).toBe(b.loss);
    expect(Array.from(a.gradNorms)).toEqual(Array.from(b.gradNorms));
    expect(Array.from(a.lstm!.forget)).toEqual(Array.from(b.lstm!.forget));
    expect(a.clippedGradNorm).toBe(b.clippedGradNorm);
  });
  it('different seeds give different numbers', () => {
    const [a, b] = [run(5), run(6)];
    expect(a.loss).not.toBe(b.loss);
    expect(Array.from(a.hiddenStates)).not.toEqual(Array.from(b.hiddenStates));
  });
});

describe('bad input gets a clear error', () => {
  const model = () => makeModel({ cell: 'rnn', vocab: 5, embed: 2, hidden: 3 });
  it('empty sequence', () => {
    const m = model();
    expect(() => analyzeSequence(m, { tokens: [], targets: [] }, { truncation: 0, clip: 0 })).toThrow(/empty/);
    m.dispose();
  });
  it('token id out of range or not whole', () => {
    const m = model();
    expect(() => analyzeSequence(m, { tokens: [0, 5], targets: [1, 2] }, { truncation: 0, clip: 0 })).toThrow(/Token id 5 at position 1 is outside 0…4/);
    expect(() => analyzeSequence(m, { tokens: [0, -1], targets: [1, 2] }, { truncation: 0, clip: 0 })).toThrow(/Token id -1/);
    expect(() => analyzeSequence(m, { tokens: [0, 1.5], targets: [1, 2] }, { truncation: 0, clip: 0 })).toThrow(/Token id 1.5/);
    expect(() => analyzeSequence(m, { tokens: [0, 1], targets: [1, 9] }, { truncation: 0, clip: 0 })).toThrow(/Target id 9/);
    expect(() => analyzeSequence(m, { tokens: [0, 1], targets: [1] }, { truncation: 0, clip: 0 })).toThrow(/Expected 2 target ids/);
    const trainer = new Trainer(m, { optimizer: 'sgd', learningRate: 0.1, clip: 0, truncation: 0 });
    expect(() => trainer.step({ inputs: [[0, 7]], targets: [[1, 2]] })).toThrow(/Token id 7/);
    expect(() => trainer.step({ inputs: [[0, 1], [2]], targets: [[1, 2], [3]] })).toThrow(/same length/);
    trainer.dispose();
    m.dispose();
  });
  it('NaN or Inf in weights', () => {
    const params = initModelParams({ cell: 'rnn', vocab: 5, embed: 2, hidden: 3 }, { radius: 1 }, 0);
    params.W_h.data[4] = NaN;
    expect(() => new RecurrentModel({ cell: 'rnn', vocab: 5, embed: 2, hidden: 3 }, params)).toThrow(/"W_h" contains NaN at index 4/);
    const m = model();
    params.W_h.data[4] = Infinity;
    expect(() => m.setParams(params)).toThrow(/"W_h" contains Infinity/);
    m.dispose();
  });
  it('wrong shapes, bad sizes and bad options', () => {
    const params = initModelParams({ cell: 'rnn', vocab: 5, embed: 2, hidden: 3 }, { radius: 1 }, 0);
    expect(() => new RecurrentModel({ cell: 'rnn', vocab: 5, embed: 2, hidden: 4 }, params)).toThrow(/shape \[3, 2\], expected \[4, 2\]/);
    expect(() => resolveSpec({ cell: 'rnn', vocab: 5, embed: 2, hidden: 0 })).toThrow(/hidden/);
    const m = model();
    expect(() => analyzeSequence(m, { tokens: [0], targets: [1] }, { truncation: -1, clip: 0 })).toThrow(/Truncation/);
    expect(() => analyzeSequence(m, { tokens: [0], targets: [1] }, { truncation: 0, clip: NaN })).toThrow(/clipping threshold/);
    m.dispose();
    expect(() => m.getParams()).toThrow(/disposed/);
  });
});

describe('tensors are freed', () => {
  it('200 analyses, 200 training steps and sampling leave tf.memory().numTensors flat', () => {
    const model = makeModel({ cell: 'lstm', vocab: 6, embed: 3, hidden: 5, layers: 2 });
    const input = { tokens: ids(6, 6), targets: ids(6, 6, 1) };
    const trainer = new Trainer(model, { optimizer: 'adam', learningRate: 0.01, clip: 1, truncation: 2 });
    const batch = { inputs: [ids(6, 6), ids(6, 6, 2)], targets: [ids(6, 6, 1), ids(6, 6, 3)] };
    // Burn-in: Adam creates its moment variables on the first step.
    analyzeSequence(model, input, { truncation: 2, clip: 1 });
    trainer.step(batch);
    sample(model, { maxLength: 5, temperature: 1, seed: 0, start: 0 });
    const start = tf.memory().numTensors;
    for (let k = 0; k < 200; k++) analyzeSequence(model, input, { truncation: k % 3, clip: k % 2 });
    expect(tf.memory().numTensors).toBe(start);
    for (let k = 0; k < 200; k++) trainer.step(batch);
    expect(tf.memory().numTensors).toBe(start);
    sample(model, { maxLength: 20, temperature: 0.5, seed: 1, prompt: [1, 2] });
    expect(tf.memory().numTensors).toBe(start);
    const base = tf.memory().numTensors;
    trainer.dispose();
    model.dispose();
    expect(tf.memory().numTensors).toBeLessThan(base);
  });

  it('dispose() frees the variables and the optimiser state', () => {
    const before = tf.memory().numTensors;
    const model = makeModel({ cell: 'rnn', vocab: 4, embed: 2, hidden: 3 });
    const trainer = new Trainer(model, { optimizer: 'adam', learningRate: 0.01, clip: 0, truncation: 0 });
    trainer.step({ inputs: [[0, 1]], targets: [[1, 2]] });
    trainer.dispose();
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
