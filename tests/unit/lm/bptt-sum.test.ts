/**
 * The BPTT sum of the chapter-1 widget: the per-step parts G_t = δ(t) h(t−1)ᵀ rebuilt
 * from the fast path's δ(t) add up to its own ∂J/∂W_h, and their projections onto the
 * total add up to ‖G‖. The reference for the last step's loss is independent of the new
 * code path: J(T) = T·J̄(T) − (T−1)·J̄(T−1), two ordinary mean-loss gradients.
 */
import { describe, expect, it } from 'vitest';
import { runSequenceFast, chunkStart } from '../../../src/core/fast';
import { bpttParts, partsFromDeltas, sumOfParts, truncateParts } from '../../../src/core/bptt-parts';
import { expectClose, smallModel } from '../fast/fixtures';
import { effectiveReach } from '../../../src/widgets/bptt-sum/compute';
import { truncationSentence } from '../../../src/widgets/bptt-sum/summary';
import { bpttSumText } from '../../../src/widgets/bptt-sum/text';

const cfg = { cell: 'rnn' as const, activation: 'tanh' as const };
const H = 5, T = 9;

/** Returned gradients are float32: compare at that precision. */
function allClose(a: ArrayLike<number>, b: ArrayLike<number>, what: string) {
  expect(a.length).toBe(b.length);
  for (let k = 0; k < a.length; k++) expectClose(a[k], b[k], 1e-8, 1e-6, `${what}[${k}]`);
}

describe('runSequenceFast recurrentDeltas', () => {
  for (const truncation of [0, 3]) {
    it(`'mean', truncation ${truncation}: Σ_t δ(t) h(t−1)ᵀ equals ∂J/∂W_h, and ‖G_t‖ the per-step contributions`, () => {
      const { params, tokens } = smallModel('rnn', { T, H });
      const run = runSequenceFast(params, cfg, tokens, { truncation, clip: 0 }, { precision: 'float64', recurrentDeltas: 'mean', perStepContributions: true });
      const G = sumOfParts(run.recurrentDeltas!, run.analysis.hiddenStates, H, 0, T);
      allClose(G, run.gradients['W_h'].data, 'Σ G_t');
      const parts = partsFromDeltas(run.recurrentDeltas!, run.analysis.hiddenStates, T, H);
      allClose(parts.partNorms, run.recurrentContributions!, '‖G_t‖');
    });
  }

  for (const truncation of [0, 4]) {
    it(`'last', truncation ${truncation}: Σ_t G_t equals ∂J(T)/∂W_h = T·∂J̄(T) − (T−1)·∂J̄(T−1)`, () => {
      const { params, tokens } = smallModel('rnn', { T, H, seed: 5 });
      const opts = { truncation, clip: 0 };
      const run = runSequenceFast(params, cfg, tokens, opts, { precision: 'float64', recurrentDeltas: 'last' });
      const full = runSequenceFast(params, cfg, tokens, opts, { precision: 'float64' }).gradients['W_h'].data;
      const prefix = runSequenceFast(params, cfg, tokens.slice(0, T), opts, { precision: 'float64' }).gradients['W_h'].data;
      const expected = Array.from(full, (g, k) => T * g - (T - 1) * prefix[k]);
      const G = sumOfParts(run.recurrentDeltas!, run.analysis.hiddenStates, H, 0, T);
      for (let k = 0; k < G.length; k++) expectClose(G[k], expected[k], 1e-6, 1e-5, `G[${k}]`);
      // No gradient reaches before the chunk of the last step.
      const first = chunkStart(T - 1, truncation);
      for (let k = 0; k < first * H; k++) expect(run.recurrentDeltas![k]).toBe(0);
    });
  }

  it('is for the simple RNN only, and null unless asked for', () => {
    const lstm = smallModel('lstm', { T: 4 });
    expect(() => runSequenceFast(lstm.params, { cell: 'lstm', activation: 'tanh' }, lstm.tokens, { truncation: 0, clip: 0 }, { recurrentDeltas: 'last' })).toThrow(/simple RNN/);
    const rnn = smallModel('rnn', { T: 4 });
    expect(runSequenceFast(rnn.params, cfg, rnn.tokens, { truncation: 0, clip: 0 }).recurrentDeltas).toBeNull();
  });
});

describe('bpttParts', () => {
  const { params, tokens } = smallModel('rnn', { T: 12, H: 6, seed: 3, radius: 1.2 });
  const parts = bpttParts(params, tokens);

  it('the projections p_t sum exactly to ‖G‖ = ‖Σ_t G_t‖; the norms ‖G_t‖ do not', () => {
    const sumP = parts.projections.reduce((a, b) => a + b, 0);
    expectClose(sumP, parts.totalNorm, 1e-12, 1e-9, 'Σ p_t');
    const sumNorms = parts.partNorms.reduce((a, b) => a + b, 0);
    expect(sumNorms).toBeGreaterThan(parts.totalNorm * (1 + 1e-6)); // triangle inequality, strict here
    expect(parts.partNorms[0]).toBe(0); // h(−1) = 0
    for (let t = 0; t < parts.T; t++) expect(Math.abs(parts.projections[t])).toBeLessThanOrEqual(parts.partNorms[t] * (1 + 1e-9) + 1e-15);
  });

  it('the total is the fast path\'s own gradient of J(T) (float32 storage)', () => {
    const T12 = 12;
    const full = runSequenceFast(params, cfg, tokens, { truncation: 0, clip: 0 }, { precision: 'float64' }).gradients['W_h'].data;
    const prefix = runSequenceFast(params, cfg, tokens.slice(0, T12), { truncation: 0, clip: 0 }, { precision: 'float64' }).gradients['W_h'].data;
    for (let k = 0; k < full.length; k++) expectClose(parts.total[k], T12 * full[k] - (T12 - 1) * prefix[k], 1e-5, 1e-4, `G[${k}]`);
    expectClose(parts.loss, runSequenceFast(params, cfg, tokens, { truncation: 0, clip: 0 }).analysis.stepLosses[T12 - 1], 1e-6, 1e-6, 'J(T)');
  });

  for (const k of [1, 4, 5, 11, 12, 0]) {
    it(`truncation k = ${k} keeps the parts from the last chunk's start, and their sum is truncated BPTT's gradient`, () => {
      const tr = truncateParts(parts, k);
      expect(tr.first).toBe(chunkStart(parts.T - 1, k));
      expect(tr.kept).toBe(parts.T - tr.first);
      const run = runSequenceFast(params, cfg, tokens, { truncation: k, clip: 0 }, { recurrentDeltas: 'last' });
      const Gk = sumOfParts(run.recurrentDeltas!, run.analysis.hiddenStates, parts.H, 0, parts.T);
      expectClose(tr.norm, Math.hypot(...Gk), 1e-6, 1e-5, '‖G_k‖');
      let along = 0;
      for (let t = tr.first; t < parts.T; t++) along += parts.projections[t];
      expectClose(tr.along, along, 1e-12, 1e-9, 'Σ kept p_t');
      expect(tr.along).toBeLessThanOrEqual(tr.norm * (1 + 1e-9)); // a component is never longer than the vector
      if (k === 0) expectClose(tr.norm, parts.totalNorm, 1e-12, 1e-9, 'k = 0 keeps everything');
    });
  }
});

describe('the widget\'s reading of the parts', () => {
  const { params, tokens } = smallModel('rnn', { T: 12, H: 6, seed: 3, radius: 1.2 });
  const parts = bpttParts(params, tokens);

  it('effectiveReach: the fewest last parts within 1% of ‖G‖, everything before them small', () => {
    const m = effectiveReach(parts)!;
    expect(m).toBeGreaterThanOrEqual(1);
    expect(m).toBeLessThanOrEqual(parts.T);
    let tail = 0;
    for (let t = parts.T - m; t < parts.T; t++) tail += parts.projections[t];
    expect(Math.abs(tail - parts.totalNorm)).toBeLessThanOrEqual(0.01 * parts.totalNorm);
  });

  it('truncationSentence names the kept and dropped parts in chunk terms', () => {
    expect(truncationSentence(parts, truncateParts(parts, 5), 5)).toContain('J(12) sits in the chunk starting at step 11, so its gradient keeps 2 parts and drops 10');
    expect(truncationSentence(parts, truncateParts(parts, 0), 0)).toContain('keeps all 12 parts');
    expect(truncationSentence(parts, truncateParts(parts, 40), 40)).toContain('one chunk');
  });

  it('truncationSentence in Korean says the same numbers', () => {
    const ko = truncationSentence(parts, truncateParts(parts, 5), 5, bpttSumText.ko);
    expect(ko).toContain('J(12)는 timestep 11에서 시작하는 구간에 있으므로, 그 기울기는 항 2개를 남기고 10개를 버립니다');
    expect(truncationSentence(parts, truncateParts(parts, 0), 0, bpttSumText.ko)).toContain('항 12개를 모두 남깁니다');
  });
});
