/**
 * The tfjs cells against the independent float64 reference (reference-model.ts):
 * hidden states, LSTM gates and cell states, per-step losses, for each activation,
 * stacks, bidirectional layers and every head.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSequence } from '../../../src/core/analyze';
import type { ModelSpec } from '../../../src/core/spec';
import { refForward } from './reference-model';
import { flat, ids, makeModel, maxDiff, refParams, refSpec, useCpu } from './helpers';

beforeAll(useCpu);

const T = 7;
const cases: [string, ModelSpec][] = [
  ['rnn tanh', { cell: 'rnn', activation: 'tanh', vocab: 6, embed: 3, hidden: 5 }],
  ['rnn sigmoid', { cell: 'rnn', activation: 'sigmoid', vocab: 6, embed: 3, hidden: 5 }],
  ['rnn relu', { cell: 'rnn', activation: 'relu', vocab: 6, embed: 3, hidden: 5 }],
  ['rnn identity', { cell: 'rnn', activation: 'identity', vocab: 6, embed: 3, hidden: 5 }],
  ['lstm', { cell: 'lstm', vocab: 6, embed: 3, hidden: 5 }],
  ['2-layer lstm', { cell: 'lstm', vocab: 6, embed: 3, hidden: 4, layers: 2 }],
  ['3-layer rnn', { cell: 'rnn', vocab: 6, embed: 3, hidden: 4, layers: 3 }],
  ['bidirectional rnn tagger', { cell: 'rnn', vocab: 6, embed: 3, hidden: 4, bidirectional: true, head: 'tagger', classes: 3 }],
  ['bidirectional 2-layer lstm tagger', { cell: 'lstm', vocab: 6, embed: 3, hidden: 3, layers: 2, bidirectional: true, head: 'tagger', classes: 4 }],
  ['lstm classifier, final', { cell: 'lstm', vocab: 6, embed: 3, hidden: 4, head: 'classifier', classes: 2, pooling: 'final' }],
  ['bidirectional lstm classifier, final', { cell: 'lstm', vocab: 6, embed: 3, hidden: 4, bidirectional: true, head: 'classifier', classes: 2, pooling: 'final' }],
  ['bidirectional rnn classifier, mean', { cell: 'rnn', vocab: 6, embed: 3, hidden: 4, bidirectional: true, head: 'classifier', classes: 3, pooling: 'mean' }],
  ['rnn classifier, max', { cell: 'rnn', vocab: 6, embed: 3, hidden: 4, head: 'classifier', classes: 3, pooling: 'max' }],
];

describe('cells against the float64 reference', () => {
  for (const [name, spec] of cases) {
    it(`${name}: states, gates and losses match to float32 precision`, () => {
      const model = makeModel(spec, 3, 1.3, 0.5);
      const tokens = ids(T, model.spec.vocab, 1);
      const targets = model.spec.head === 'classifier' ? [1] : ids(T, model.spec.classes, 2);
      const a = analyzeSequence(model, { tokens, targets }, { truncation: 0, clip: 0 });
      const ref = refForward(refParams(model), refSpec(model.spec), tokens, targets);
      const top = ref.layers[ref.layers.length - 1];
      const perStep = (key: 'h' | 'c' | 'f' | 'i' | 'o' | 'g') =>
        flat(Array.from({ length: T }, (_, t) => flat(top.map((d) => d[key][t]))));
      expect(a.hidden).toBe(model.spec.hidden * top.length);
      expect(maxDiff(a.hiddenStates, perStep('h'))).toBeLessThan(2e-6);
      expect(maxDiff(a.stepLosses, ref.stepLosses)).toBeLessThan(1e-5);
      expect(Math.abs(a.loss - ref.loss)).toBeLessThan(1e-5);
      expect(a.perplexity).toBeCloseTo(Math.exp(ref.loss), 4);
      if (model.spec.cell === 'lstm') {
        const l = a.lstm!;
        expect(maxDiff(l.cellStates, perStep('c'))).toBeLessThan(2e-6);
        expect(maxDiff(l.forget, perStep('f'))).toBeLessThan(2e-6);
        expect(maxDiff(l.input, perStep('i'))).toBeLessThan(2e-6);
        expect(maxDiff(l.output, perStep('o'))).toBeLessThan(2e-6);
        expect(maxDiff(l.candidate, perStep('g'))).toBeLessThan(2e-6);
      } else {
        expect(a.lstm).toBeUndefined();
      }
      model.dispose();
    });
  }

  it('LSTM gates use the logistic sigmoid, not the hard sigmoid', () => {
    // With weights scaled up, pre-activations reach |z| > 2.5 where the hard sigmoid saturates to exactly 0 or 1.
    const model = makeModel({ cell: 'lstm', vocab: 4, embed: 3, hidden: 4 }, 5, 3, 4);
    const a = analyzeSequence(model, { tokens: [0, 1, 2, 3], targets: [1, 2, 3, 0] }, { truncation: 0, clip: 0 });
    const strictlyInside = Array.from(a.lstm!.forget).every((v) => v > 0 && v < 1);
    expect(strictlyInside).toBe(true);
    expect(Math.max(...a.lstm!.forget)).toBeGreaterThan(0.98);
    model.dispose();
  });
});
