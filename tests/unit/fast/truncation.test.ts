/** Chunked truncated BPTT: exact zeros outside the last chunk, and chunk-local gradients. */
import { describe, expect, it } from 'vitest';
import { chunkStart, runSequenceFast, startsChunk } from '../../../src/core/fast';
import { CONFIGS, smallModel } from './fixtures';

describe('truncated BPTT', () => {
  it('chunkStart/startsChunk: chunks [0,k), [k,2k), …; k = 0 is one chunk', () => {
    expect([0, 3, 4, 7, 8, 9].map((t) => chunkStart(t, 4))).toEqual([0, 0, 4, 4, 8, 8]);
    expect([0, 1, 4, 5].map((t) => startsChunk(t, 4))).toEqual([true, false, true, false]);
    expect(chunkStart(99, 0)).toBe(0);
    expect(startsChunk(5, 0)).toBe(false);
  });

  for (const cfg of CONFIGS) {
    const label = cfg.cell === 'rnn' ? `rnn/${cfg.activation}` : 'lstm';

    it(`${label}: ∂J(T)/∂h(t) is exactly 0 before the last chunk and non-zero inside it`, () => {
      const T = 10, k = 4; // chunks 0–3, 4–7, 8–9
      const { params, tokens } = smallModel(cfg.cell, { T });
      const a = runSequenceFast(params, cfg, tokens, { truncation: k, clip: 0 }).analysis;
      for (let t = 0; t < 8; t++) expect(a.gradFromLast[t]).toBe(0);
      for (let t = 8; t < T; t++) expect(a.gradFromLast[t]).toBeGreaterThan(0);
      // Without truncation the early steps do receive gradient from J(T).
      const full = runSequenceFast(params, cfg, tokens, { truncation: 0, clip: 0 }).analysis;
      expect(full.gradFromLast[0]).toBeGreaterThan(0);
    });

    it(`${label}: ∂J/∂h(t) collects only the losses of t's own chunk`, () => {
      const T = 10, k = 4;
      const { params, tokens } = smallModel(cfg.cell, { T });
      const opts = { truncation: k, clip: 0 };
      const a = runSequenceFast(params, cfg, tokens, opts).analysis;
      // Change the targets of the later chunks: the first chunk's gradients must not move at all.
      const other = tokens.map((x, t) => (t > k ? (x + 1) % 7 : x));
      const b = runSequenceFast(params, cfg, other, opts).analysis;
      for (let t = 0; t < k; t++) {
        expect(b.gradNorms[t]).toBe(a.gradNorms[t]);
        if (cfg.cell === 'lstm') expect(b.lstm!.cellGradNorms[t]).toBe(a.lstm!.cellGradNorms[t]);
      }
      // …whereas without truncation they do.
      const c = runSequenceFast(params, cfg, tokens, { truncation: 0, clip: 0 }).analysis;
      const d = runSequenceFast(params, cfg, other, { truncation: 0, clip: 0 }).analysis;
      expect(d.gradNorms[0]).not.toBe(c.gradNorms[0]);
    });

    it(`${label}: the state is carried forward (truncation changes gradients, not the forward pass)`, () => {
      const { params, tokens } = smallModel(cfg.cell, { T: 10 });
      const a = runSequenceFast(params, cfg, tokens, { truncation: 3, clip: 0 });
      const b = runSequenceFast(params, cfg, tokens, { truncation: 0, clip: 0 });
      expect(a.analysis.hiddenStates).toEqual(b.analysis.hiddenStates);
      expect(a.analysis.stepLosses).toEqual(b.analysis.stepLosses);
      expect(a.analysis.paramGradNorm).not.toBe(b.analysis.paramGradNorm);
    });

    it(`${label}: a window ≥ T is the same as no truncation; k = 1 keeps only each step's own loss`, () => {
      const T = 6;
      const { params, tokens } = smallModel(cfg.cell, { T });
      const none = runSequenceFast(params, cfg, tokens, { truncation: 0, clip: 0 });
      const wide = runSequenceFast(params, cfg, tokens, { truncation: T, clip: 0 });
      expect(wide).toEqual(none);
      const one = runSequenceFast(params, cfg, tokens, { truncation: 1, clip: 0 }).analysis;
      // With k = 1 the gradient at h(t) is that of J(t)/T alone: for the last step, J(T)/T.
      expect(one.gradNorms[T - 1]).toBeCloseTo(one.gradFromLast[T - 1] / T, 6);
      for (let t = 0; t < T - 1; t++) expect(one.gradFromLast[t]).toBe(0);
    });
  }
});
