/**
 * ‖∂J/∂h(t)‖, ‖∂J(T)/∂h(t)‖ and ‖∂J/∂c(t)‖ against finite differences of an additive
 * perturbation injected into h(t) (or c(t)) in the independent reference.
 */
import { describe, it } from 'vitest';
import { runSequenceFast } from '../../../src/core/fast';
import { CONFIGS, centralDiff, expectClose, smallModel } from './fixtures';
import { referenceForward, toRef, type RefConfig, type RefParams, type RefPerturbation } from './reference';

const H = 5;

/** ‖∇ of f w.r.t. an additive δ on h(t) or c(t)‖ by central differences, coordinate by coordinate. */
function fdNorm(
  p: RefParams, cfg: RefConfig, tokens: number[], truncation: number,
  where: 'h' | 'c', t: number, f: (losses: number[], mean: number) => number,
): number {
  let s = 0;
  for (let j = 0; j < H; j++) {
    const d = centralDiff((eps) => {
      const delta = new Array<number>(H).fill(0);
      delta[j] = eps;
      const pert: RefPerturbation = { [where]: { t, delta } };
      const r = referenceForward(p, cfg, tokens, truncation, pert);
      return f(r.stepLosses, r.loss);
    });
    s += d * d;
  }
  return Math.sqrt(s);
}

describe('hidden- and cell-state gradients vs finite differences', () => {
  for (const cfg of CONFIGS) {
    for (const truncation of [0, 3]) {
      const label = `${cfg.cell === 'rnn' ? `rnn/${cfg.activation}` : 'lstm'}, truncation ${truncation}`;
      it(label, () => {
        const T = 8;
        const { params, tokens } = smallModel(cfg.cell, { T, H });
        const a = runSequenceFast(params, cfg, tokens, { truncation, clip: 0 }, { precision: 'float64' }).analysis;
        const p = toRef(params);
        for (let t = 0; t < T; t++) {
          const total = fdNorm(p, cfg, tokens, truncation, 'h', t, (_, mean) => mean);
          expectClose(a.gradNorms[t], total, 1e-7, 1e-5, `‖∂J/∂h(${t})‖`);
          const last = fdNorm(p, cfg, tokens, truncation, 'h', t, (losses) => losses[T - 1]);
          expectClose(a.gradFromLast[t], last, 1e-7, 1e-5, `‖∂J(T)/∂h(${t})‖`);
          if (cfg.cell === 'lstm') {
            const cell = fdNorm(p, cfg, tokens, truncation, 'c', t, (_, mean) => mean);
            expectClose(a.lstm!.cellGradNorms[t], cell, 1e-7, 1e-5, `‖∂J/∂c(${t})‖`);
          }
        }
      });
    }
  }
});
