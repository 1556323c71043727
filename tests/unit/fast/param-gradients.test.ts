/**
 * ∂J/∂θ of the fast path against central finite differences of the independent float64
 * reference, on a sample of entries in every parameter, for each cell and activation,
 * with and without truncated BPTT.
 */
import { describe, expect, it } from 'vitest';
import { globalNorm, runSequenceFast } from '../../../src/core/fast';
import { createRng } from '../../../src/core/random';
import { CONFIGS, centralDiff, expectClose, smallModel } from './fixtures';
import { cloneRef, referenceForward, toRef, type Mat, type Vec } from './reference';

/** Indices to check in a parameter of `size` entries: a seeded sample plus, for E, the used columns. */
function sampleEntries(size: number, count: number, seed: number): number[] {
  const rng = createRng(seed);
  const picks = new Set<number>([0, size - 1]);
  while (picks.size < Math.min(count, size)) picks.add(rng.int(size));
  return [...picks];
}

describe('parameter gradients vs central finite differences', () => {
  for (const cfg of CONFIGS) {
    for (const truncation of [0, 3]) {
      const label = `${cfg.cell === 'rnn' ? `rnn/${cfg.activation}` : 'lstm'}, truncation ${truncation}`;
      it(label, () => {
        const { params, tokens } = smallModel(cfg.cell, { T: 8 });
        const run = runSequenceFast(params, cfg, tokens, { truncation, clip: 0 }, { precision: 'float64' });
        const base = toRef(params);
        let checked = 0;
        for (const [name, g] of Object.entries(run.gradients)) {
          const [rows, cols] = g.shape.length === 2 ? g.shape : [g.shape[0], 1];
          const entries = sampleEntries(rows * cols, 6, name.length * 31 + truncation);
          // E's gradient is non-zero only in the columns of tokens that appear as inputs.
          if (name === 'E') for (let d = 0; d < rows; d++) entries.push(d * cols + tokens[2]);
          for (const k of entries) {
            const r = Math.floor(k / cols), c = k % cols;
            const fd = centralDiff((eps) => {
              const p = cloneRef(base);
              if (g.shape.length === 2) (p[name] as Mat)[r][c] += eps;
              else (p[name] as Vec)[r] += eps;
              return referenceForward(p, cfg, tokens, truncation, undefined, base).loss;
            });
            expectClose(g.data[k], fd, 1e-8, 1e-5, `∂J/∂${name}[${r}][${c}]`);
            checked++;
          }
        }
        expect(checked).toBeGreaterThan(30);
      });
    }
  }

  it('paramGradNorm is the global L2 norm of all returned gradients', () => {
    for (const cfg of CONFIGS) {
      const { params, tokens } = smallModel(cfg.cell);
      const run = runSequenceFast(params, cfg, tokens, { truncation: 0, clip: 0 });
      const norm = globalNorm(Object.values(run.gradients).map((g) => g.data));
      expectClose(run.analysis.paramGradNorm, norm, 0, 1e-6, `${cfg.cell} norm`);
      const expected = cfg.cell === 'rnn' ? ['E', 'W_e', 'W_h', 'b_1', 'U', 'b_2'] : ['E', 'W_f', 'U_f', 'b_f', 'W_i', 'U_i', 'b_i', 'W_o', 'U_o', 'b_o', 'W_c', 'U_c', 'b_c', 'U', 'b_2'];
      expect(Object.keys(run.gradients).sort()).toEqual(expected.sort());
      for (const name of expected) expect(run.gradients[name].shape).toEqual(params[name].shape);
    }
  });

  it('float32 storage gives the float64 gradients to float32 precision', () => {
    for (const cfg of CONFIGS) {
      const { params, tokens } = smallModel(cfg.cell, { T: 20, H: 8 });
      const a = runSequenceFast(params, cfg, tokens, { truncation: 0, clip: 0 }, { precision: 'float32' });
      const b = runSequenceFast(params, cfg, tokens, { truncation: 0, clip: 0 }, { precision: 'float64' });
      const scale = b.analysis.paramGradNorm;
      for (const name of Object.keys(b.gradients)) {
        b.gradients[name].data.forEach((v, k) => expectClose(a.gradients[name].data[k], v, 1e-5 * scale, 0, `${cfg.cell} ${name}[${k}]`));
      }
    }
  });
});
