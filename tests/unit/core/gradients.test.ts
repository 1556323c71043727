/**
 * BPTT against central finite differences of the float64 reference loss: parameter
 * gradients, ‖∂J/∂h(t)‖, ‖∂J(T)/∂h(t)‖ and (LSTM) ‖∂J/∂c(t)‖, with and without
 * truncation. With truncation the reference freezes the carried state at each chunk
 * boundary, so its finite differences are the truncated gradient by definition.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSequence } from '../../../src/core/analyze';
import { lossAndGradients } from '../../../src/core/gradients';
import type { ModelSpec } from '../../../src/core/spec';
import { refParamGradients, refStateGradNorms } from './reference-model';
import { ids, makeModel, maxAbs, maxDiff, refParams, refSpec, useCpu } from './helpers';

beforeAll(useCpu);

const T = 8;
const cases: [string, ModelSpec][] = [
  ['rnn tanh', { cell: 'rnn', activation: 'tanh', vocab: 5, embed: 3, hidden: 4 }],
  ['rnn sigmoid', { cell: 'rnn', activation: 'sigmoid', vocab: 5, embed: 3, hidden: 4 }],
  ['rnn relu', { cell: 'rnn', activation: 'relu', vocab: 5, embed: 3, hidden: 4 }],
  ['rnn identity', { cell: 'rnn', activation: 'identity', vocab: 5, embed: 3, hidden: 4 }],
  ['lstm', { cell: 'lstm', vocab: 5, embed: 3, hidden: 4 }],
  ['2-layer lstm', { cell: 'lstm', vocab: 5, embed: 3, hidden: 3, layers: 2 }],
  ['bidirectional rnn tagger', { cell: 'rnn', vocab: 5, embed: 3, hidden: 3, bidirectional: true, head: 'tagger', classes: 3 }],
  ['bidirectional lstm classifier, max', { cell: 'lstm', vocab: 5, embed: 3, hidden: 3, bidirectional: true, head: 'classifier', classes: 2, pooling: 'max' }],
];

/** float32 BPTT vs float64 differences: allow a small error relative to the tensor's scale. */
function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string): void {
  const tol = 2e-4 * maxAbs(expected) + 2e-7;
  const diff = maxDiff(actual, expected);
  expect(diff, `${what}: max diff ${diff} > ${tol}`).toBeLessThanOrEqual(tol);
}

describe('gradients against finite differences', () => {
  for (const [name, spec] of cases) {
    for (const truncation of [0, 3]) {
      it(`${name}, truncation ${truncation}: ∂J/∂θ, ‖∂J/∂h(t)‖, ‖∂J(T)/∂h(t)‖${spec.cell === 'lstm' ? ', ‖∂J/∂c(t)‖' : ''}`, () => {
        const model = makeModel(spec, 7, 1.1, 0.5);
        const s = model.spec;
        const tokens = ids(T, s.vocab, 3);
        const targets = s.head === 'classifier' ? [1] : ids(T, s.classes, 4);
        const params = refParams(model);
        const rs = refSpec(s);
        const opts = { truncation };

        const { grads } = lossAndGradients(model, { tokens, targets }, { truncation });
        const fd = refParamGradients(params, rs, tokens, targets, opts);
        for (const [p, g] of Object.entries(fd)) expectClose(grads[p].data, g, `∂J/∂${p}`);

        const a = analyzeSequence(model, { tokens, targets }, { truncation, clip: 0 });
        const allFd = Object.values(fd).flatMap((g) => Array.from(g));
        expect(a.paramGradNorm).toBeCloseTo(Math.hypot(...allFd), 5);
        expectClose(a.gradNorms, refStateGradNorms(params, rs, tokens, targets, 'h', opts), '‖∂J/∂h(t)‖');
        expectClose(a.gradFromLast, refStateGradNorms(params, rs, tokens, targets, 'h', { ...opts, lastOnly: s.head !== 'classifier' }), '‖∂J(T)/∂h(t)‖');
        if (s.cell === 'lstm') {
          expectClose(a.lstm!.cellGradNorms, refStateGradNorms(params, rs, tokens, targets, 'c', opts), '‖∂J/∂c(t)‖');
        }
        model.dispose();
      });
    }
  }
});
