/** Global-norm clipping, the lecture's Algorithm 1. */
import { describe, expect, it } from 'vitest';
import { clipGradients, clipScale, clippedNorm, globalNorm, runSequenceFast } from '../../../src/core/fast';
import type { ParamSet } from '../../../src/core/params';
import { CONFIGS, expectClose, smallModel } from './fixtures';

const norm = (g: ParamSet): number => globalNorm(Object.values(g).map((p) => p.data));

describe('global-norm clipping', () => {
  for (const cfg of CONFIGS) {
    it(`${cfg.cell}/${cfg.activation}: clippedGradNorm = min(‖g‖, threshold); 0 = off`, () => {
      const { params, tokens } = smallModel(cfg.cell);
      const n = runSequenceFast(params, cfg, tokens, { truncation: 0, clip: 0 }).analysis.paramGradNorm;
      expect(n).toBeGreaterThan(0);
      for (const clip of [0, n / 10, n / 2, n * 0.999, n, n * 2, 1e6]) {
        const a = runSequenceFast(params, cfg, tokens, { truncation: 0, clip }).analysis;
        expect(a.paramGradNorm).toBe(n); // clipping never changes the reported raw norm
        expect(a.clippedGradNorm).toBe(clip === 0 ? n : Math.min(n, clip));
      }
    });
  }

  it('clipGradients scales every tensor by one factor to norm min(‖g‖, threshold), same direction', () => {
    const { params, tokens } = smallModel('lstm');
    const g = runSequenceFast(params, { cell: 'lstm', activation: 'tanh' }, tokens, { truncation: 0, clip: 0 }).gradients;
    const n = norm(g);
    for (const threshold of [n / 7, n / 2, n * 3]) {
      const c = clipGradients(g, threshold);
      expectClose(norm(c), Math.min(n, threshold), 0, 1e-6, 'clipped norm');
      let dot = 0;
      for (const name of Object.keys(g)) {
        expect(c[name].shape).toEqual(g[name].shape);
        g[name].data.forEach((v, k) => (dot += v * c[name].data[k]));
      }
      expectClose(dot / (n * norm(c)), 1, 0, 1e-6, 'cosine between g and clipped g');
    }
    const off = clipGradients(g, 0);
    for (const name of Object.keys(g)) expect(off[name].data).toEqual(g[name].data);
    expect(off['E'].data).not.toBe(g['E'].data); // a copy, the input is untouched
  });

  it('Algorithm 1 clips when ‖g‖ ≥ threshold, including equality', () => {
    expect(clipScale(2, 2)).toBe(1);
    expect(clipScale(4, 2)).toBe(0.5);
    expect(clipScale(1, 2)).toBe(1);
    expect(clipScale(4, 0)).toBe(1);
    expect(clippedNorm(4, 2)).toBe(2);
    expect(clippedNorm(1, 2)).toBe(1);
  });

  it('a non-finite norm: unclipped it stays as it is, clipped it becomes NaN (0·Inf)', () => {
    expect(clippedNorm(Infinity, 0)).toBe(Infinity);
    expect(clippedNorm(Infinity, 1)).toBeNaN();
    expect(clippedNorm(NaN, 1)).toBeNaN();
    expect(clipScale(Infinity, 1)).toBeNaN();
  });
});
