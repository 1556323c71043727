import { describe, expect, it } from 'vitest';
import { computeCellGradient, describeCellGradient, lagRaceHref } from '../../../src/widgets/cell-gradient/compute';
import { cellGradientText } from '../../../src/widgets/cell-gradient/text';

describe('computeCellGradient', () => {
  it('computeCellGradient: at lag 50 with b_f = 3 the LSTM cell keeps far more of the last step’s gradient than the RNN', () => {
    const s = { lag: 50, forgetBias: 3, seed: 1 };
    const r = computeCellGradient(s);
    expect(r.T).toBe(52);
    const kept = (v: Float32Array) => v[0] / v[r.T - 1];
    expect(kept(r.lstmCell)).toBeGreaterThan(100 * kept(r.rnnHidden));
    expect(r.meanForget).toBeGreaterThan(0.9);
    expect(describeCellGradient(r, s, cellGradientText.en).join(' ')).toMatch(/times more/);
    expect(describeCellGradient(r, s, cellGradientText.ko).join(' ')).toMatch(/배 더 많이/);
  });

  it('computeCellGradient: a forget bias of 1 loses more along the cell than a bias of 3', () => {
    const low = computeCellGradient({ lag: 50, forgetBias: 1, seed: 1 });
    const high = computeCellGradient({ lag: 50, forgetBias: 3, seed: 1 });
    expect(low.lstmCell[0] / low.lstmCell[low.T - 1]).toBeLessThan(high.lstmCell[0] / high.lstmCell[high.T - 1]);
  });

  it('lagRaceHref carries the matching lag set and forget bias to chapter 3', () => {
    expect(lagRaceHref({ lag: 80, forgetBias: 1, seed: 1 })).toMatch(/03-vanishing-and-exploding-gradients\?lr\.lags=long&lr\.forgetBias=1#a-race-over-long-time-lags$/);
    expect(lagRaceHref({ lag: 50, forgetBias: 3, seed: 1 })).toMatch(/gradients#a-race/);
  });
});
