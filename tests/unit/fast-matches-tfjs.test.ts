/**
 * The fast typed-array path draws the gradient lab; the tfjs model is the one that
 * trains. Fed the very same weights, they must agree to float32 precision on every
 * number the widgets show.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { RecurrentModel, analyzeSequence, nextTokenPairs } from '../../src/core/tfjs-model';
import { analyzeSequenceFast } from '../../src/core/fast';
import { initLanguageModel, type Activation, type CellKind } from '../../src/core/params';
import { createRng } from '../../src/core/random';
import type { SequenceAnalysis } from '../../src/core/analysis';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Relative agreement, with an absolute floor for values near zero. */
function expectClose(a: ArrayLike<number>, b: ArrayLike<number>, what: string, rel = 2e-4) {
  expect(a.length, what).toBe(b.length);
  let scale = 0;
  for (let k = 0; k < b.length; k++) scale = Math.max(scale, Math.abs(b[k]));
  for (let k = 0; k < a.length; k++) {
    const tol = rel * Math.max(Math.abs(b[k]), scale * 1e-3, 1e-12);
    if (!(Math.abs(a[k] - b[k]) <= tol)) expect.fail(`${what}[${k}]: fast ${a[k]} vs tfjs ${b[k]}`);
  }
}

function compare(fast: SequenceAnalysis, slow: SequenceAnalysis) {
  expect(fast.loss).toBeCloseTo(slow.loss, 4);
  expectClose(fast.stepLosses, slow.stepLosses, 'stepLosses');
  expectClose(fast.hiddenStates, slow.hiddenStates, 'hiddenStates');
  expectClose(fast.gradNorms, slow.gradNorms, 'gradNorms');
  expectClose(fast.gradFromLast, slow.gradFromLast, 'gradFromLast');
  expectClose([fast.paramGradNorm, fast.clippedGradNorm], [slow.paramGradNorm, slow.clippedGradNorm], 'param grad norms');
  if (slow.lstm) {
    expect(fast.lstm).toBeDefined();
    for (const key of ['cellStates', 'forget', 'input', 'output', 'candidate', 'cellGradNorms'] as const) {
      expectClose(fast.lstm![key], slow.lstm[key], key);
    }
  }
}

const cases: { cell: CellKind; activation: Activation; radius: number; truncation: number; clip: number }[] = [
  { cell: 'rnn', activation: 'tanh', radius: 0.9, truncation: 0, clip: 0 },
  { cell: 'rnn', activation: 'sigmoid', radius: 1.2, truncation: 7, clip: 0 },
  { cell: 'rnn', activation: 'relu', radius: 1.1, truncation: 0, clip: 0.5 },
  { cell: 'rnn', activation: 'identity', radius: 0.95, truncation: 5, clip: 0.1 },
  { cell: 'lstm', activation: 'tanh', radius: 1.0, truncation: 0, clip: 0 },
  { cell: 'lstm', activation: 'tanh', radius: 1.3, truncation: 6, clip: 0.2 },
];

describe('fast path = tfjs model, same weights', () => {
  for (const c of cases) {
    it(`${c.cell} ${c.activation} ρ=${c.radius} k=${c.truncation} clip=${c.clip}`, () => {
      const shape = { cell: c.cell, vocab: 11, embed: 6, hidden: 9 };
      const params = initLanguageModel(shape, { radius: c.radius, forgetBias: 1 }, 4);
      const rng = createRng(9);
      const tokens = Array.from({ length: 25 }, () => rng.int(11));
      const options = { truncation: c.truncation, clip: c.clip };
      const model = new RecurrentModel({ ...shape, activation: c.activation, head: 'lm' }, params);
      try {
        const slow = analyzeSequence(model, nextTokenPairs(tokens), options);
        const fast = analyzeSequenceFast(params, { cell: c.cell, activation: c.activation }, tokens, options);
        compare(fast, slow);
      } finally {
        model.dispose();
      }
    });
  }
});
