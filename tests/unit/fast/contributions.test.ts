/**
 * The lecture's rule: the gradient w.r.t. a repeated weight is the sum of the gradients
 * w.r.t. each of its appearances. The reference perturbs W_h (or the LSTM's W_·) at one
 * step only; its finite-difference gradient is the t-th appearance's term.
 */
import { describe, expect, it } from 'vitest';
import { LSTM_GATES } from '../../../src/core/params';
import { recurrentGradContributions, runSequenceFast } from '../../../src/core/fast';
import { CONFIGS, centralDiff, expectClose, smallModel } from './fixtures';
import { referenceForward, toRef, type Mat } from './reference';

const H = 4;

describe('per-appearance contributions to ∂J/∂W_h', () => {
  for (const cfg of CONFIGS) {
    for (const truncation of [0, 3]) {
      const label = `${cfg.cell === 'rnn' ? `rnn/${cfg.activation}` : 'lstm'}, truncation ${truncation}`;
      it(`${label}: each norm matches finite differences at that appearance, and the terms sum to ∂J/∂W`, () => {
        const T = 7;
        const { params, tokens } = smallModel(cfg.cell, { T, H });
        const run = runSequenceFast(params, cfg, tokens, { truncation, clip: 0 }, { precision: 'float64', perStepContributions: true });
        const contrib = run.recurrentContributions!;
        expect(contrib.length).toBe(T);
        expect(contrib[0]).toBe(0); // h(−1) = 0: the first appearance multiplies a zero state
        const p = toRef(params);
        const names = cfg.cell === 'rnn' ? ['W_h'] : LSTM_GATES.map((g) => `W_${g}`);
        const sums: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, new Array<number>(H * H).fill(0)]));
        for (let t = 0; t < T; t++) {
          let sq = 0;
          for (const name of names) {
            for (let k = 0; k < H * H; k++) {
              const d = centralDiff((eps) => {
                const delta: Mat = Array.from({ length: H }, () => new Array<number>(H).fill(0));
                delta[Math.floor(k / H)][k % H] = eps;
                return referenceForward(p, cfg, tokens, truncation, { recurrentAt: { t, name, delta } }).loss;
              });
              sq += d * d;
              sums[name][k] += d;
            }
          }
          expectClose(contrib[t], Math.sqrt(sq), 1e-8, 1e-5, `contribution at t=${t}`);
        }
        for (const name of names) {
          sums[name].forEach((s, k) => expectClose(run.gradients[name].data[k], s, 1e-8, 1e-5, `Σ_t ∂J/∂${name}|_(t) [${k}]`));
        }
      });
    }
  }

  it('recurrentGradContributions is the same array as the option on runSequenceFast', () => {
    const { params, tokens } = smallModel('rnn', { T: 12 });
    const cfg = { cell: 'rnn' as const, activation: 'tanh' as const };
    const opts = { truncation: 5, clip: 0 };
    expect(recurrentGradContributions(params, cfg, tokens, opts)).toEqual(
      runSequenceFast(params, cfg, tokens, opts, { perStepContributions: true }).recurrentContributions,
    );
    expect(runSequenceFast(params, cfg, tokens, opts).recurrentContributions).toBeNull();
  });
});
