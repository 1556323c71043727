/**
 * The gradient lab's theory line: for a linear RNN (σ = identity) with W_h = ρ·Q, Q orthogonal,
 * ‖∂J(T)/∂h(T−ℓ)‖ = ρ^ℓ ‖∂J(T)/∂h(T)‖. The ρ^ℓ overlay must equal the measured curve.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSequenceFast, rhoPowerCurve } from '../../../src/core/fast';
import { spectralRadius } from '../../../src/core/eigen';
import { initLanguageModel } from '../../../src/core/params';
import { createRng } from '../../../src/core/random';
import { expectClose } from './fixtures';

const T = 60, H = 32, V = 20, D = 8;

function linearRnn(radius: number, seed: number) {
  const params = initLanguageModel({ cell: 'rnn', vocab: V, embed: D, hidden: H }, { radius }, seed);
  const rng = createRng(seed);
  const tokens = Array.from({ length: T + 1 }, () => rng.int(V));
  return { params, tokens };
}

describe('rhoPowerCurve equals the measured ‖∂J(T)/∂h(t)‖ of a linear RNN with W_h = ρ·Q', () => {
  for (const radius of [0.8, 0.95, 1, 1.1]) {
    it(`ρ = ${radius}`, () => {
      const { params, tokens } = linearRnn(radius, 3);
      const a = analyzeSequenceFast(params, { cell: 'rnn', activation: 'identity' }, tokens, { truncation: 0, clip: 0 });
      const theory = rhoPowerCurve(radius, a.gradFromLast[T - 1], T);
      expect(theory[T - 1]).toBe(a.gradFromLast[T - 1]);
      for (let t = 0; t < T; t++) expectClose(a.gradFromLast[t], theory[t], 0, 2e-5, `ℓ = ${T - 1 - t}`);
      // The radius the lab would read off W_h gives the same line.
      const rho = spectralRadius(params['W_h']);
      expectClose(rho, radius, 0, 1e-6, 'ρ(W_h)');
      const fromWeights = rhoPowerCurve(rho, a.gradFromLast[T - 1], T);
      for (let t = 0; t < T; t++) expectClose(a.gradFromLast[t], fromWeights[t], 0, 1e-4, `ℓ = ${T - 1 - t} from ρ(W_h)`);
    });
  }

  it('with truncation the line, like the measurement, is 0 before the last chunk', () => {
    const { params, tokens } = linearRnn(0.9, 5);
    const k = 25; // last chunk: steps 50..59
    const a = analyzeSequenceFast(params, { cell: 'rnn', activation: 'identity' }, tokens, { truncation: k, clip: 0 });
    const theory = rhoPowerCurve(0.9, a.gradFromLast[T - 1], T, k);
    for (let t = 0; t < 50; t++) expect([theory[t], a.gradFromLast[t]]).toEqual([0, 0]);
    for (let t = 50; t < T; t++) expectClose(a.gradFromLast[t], theory[t], 0, 2e-5, `t = ${t}`);
  });

  it('a nonlinearity breaks the equality (tanh: the measured curve falls below ρ^ℓ)', () => {
    const { params, tokens } = linearRnn(1, 3);
    const a = analyzeSequenceFast(params, { cell: 'rnn', activation: 'tanh' }, tokens, { truncation: 0, clip: 0 });
    const theory = rhoPowerCurve(1, a.gradFromLast[T - 1], T);
    expect(a.gradFromLast[0]).toBeLessThan(theory[0]);
  });
});
