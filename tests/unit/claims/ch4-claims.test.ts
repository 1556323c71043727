/**
 * Chapter 4's sentences that state a result, re-measured with the code the widgets
 * run: the forced-gate step (lstm-step), the cell-gradient comparison at its defaults,
 * the forget-gate arithmetic and the parameter count.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useBothBackends as useWasm } from '../wasm/backends';
import { defaults } from '../../../src/state/url-params';
import { initLanguageModel } from '../../../src/core/params';
import { embedToken, lstmStep } from '../../../src/core/lstm-step';
import { lstmStepSchema } from '../../../src/widgets/lstm-step/schema';
import { overridesOf } from '../../../src/widgets/lstm-step/compute';
import { cellGradientSchema } from '../../../src/widgets/cell-gradient/schema';
import { computeCellGradient } from '../../../src/widgets/cell-gradient/compute';

beforeAll(useWasm);

const sigma = (x: number) => 1 / (1 + Math.exp(-x));

describe('chapter 4, "set the forget gate to 1 and the input gate to 0 and a unit keeps its value forever"', () => {
  it('with f forced to 1 and i forced to 0 in the step view, c(t) equals c(t−1) exactly, step after step', () => {
    const params = initLanguageModel({ cell: 'lstm', vocab: 30, embed: 8, hidden: 16 }, { radius: 1, forgetBias: 1 }, 7);
    const overrides = overridesOf({ ...defaults(lstmStepSchema), forceF: true, f: 1, forceI: true, i: 0 });
    let h: ArrayLike<number> = new Float64Array(16);
    let c: ArrayLike<number> = Float64Array.from({ length: 16 }, (_, r) => Math.sin(r + 1));
    const start = Array.from(c);
    for (let t = 0; t < 200; t++) {
      const step = lstmStep(params, h, c, embedToken(params, t % 30), overrides);
      h = step.h;
      c = step.c;
    }
    expect(Array.from(c)).toEqual(start);
    // Without the forcing the same run does change the cell.
    const free = lstmStep(params, new Float64Array(16), start, embedToken(params, 3));
    expect(Array.from(free.c)).not.toEqual(start);
  });
});

describe('chapter 4, the gradient along the cell', () => {
  it('at the cell-gradient widget\'s defaults (untrained, lag 50, b_f = 3) the LSTM\'s cell keeps over 100 times the share of the gradient that the simple RNN\'s hidden state keeps', () => {
    const s = defaults(cellGradientSchema);
    const r = computeCellGradient(s);
    const kept = (v: Float32Array) => v[0] / v[r.T - 1];
    expect(kept(r.lstmCell)).toBeGreaterThan(100 * kept(r.rnnHidden));
    expect(r.meanForget).toBeGreaterThan(0.9);
  });
});

describe('chapter 4, the forget-gate bias', () => {
  it('before training, at the cell-gradient widget\'s defaults (b_f = 3) the gradient reaching the cell 50 steps back is at least as large as at the question; with b_f = 1 it is over 100 times smaller', () => {
    const s = defaults(cellGradientSchema);
    expect(s.forgetBias).toBe(3);
    expect(s.lag).toBe(50);
    const kept = (forgetBias: number) => {
      const r = computeCellGradient({ ...s, forgetBias });
      return r.lstmCell[0] / r.lstmCell[r.T - 1];
    };
    expect(kept(3)).toBeGreaterThanOrEqual(1);
    expect(kept(1)).toBeLessThan(kept(3) / 100);
  });
});

describe('chapter 4, the forget-gate arithmetic', () => {
  it('0.5^20 is about one in a million; σ(1) ≈ 0.73, σ(1)^50 ≈ 2 × 10^-7; σ(3) ≈ 0.95, σ(3)^50 ≈ 0.09', () => {
    expect(0.5 ** 20 * 1e6).toBeCloseTo(1, 0);
    expect(sigma(1)).toBeCloseTo(0.73, 2);
    expect(sigma(1) ** 50 / 1e-7).toBeCloseTo(2, 0);
    expect(sigma(3)).toBeCloseTo(0.95, 2);
    expect(sigma(3) ** 50).toBeCloseTo(0.09, 2);
  });
});

describe('chapter 4, how many parameters an LSTM layer has', () => {
  it('the model code\'s LSTM layer with n = 128, d = 32 has 4(n² + nd + n) = 82,432 parameters', () => {
    const p = initLanguageModel({ cell: 'lstm', vocab: 10, embed: 32, hidden: 128 }, { radius: 1, forgetBias: 1 }, 1);
    const layer = Object.entries(p).filter(([k]) => !['E', 'U', 'b_2'].includes(k));
    expect(layer.map(([k]) => k).sort()).toEqual(['U_c', 'U_f', 'U_i', 'U_o', 'W_c', 'W_f', 'W_i', 'W_o', 'b_c', 'b_f', 'b_i', 'b_o']);
    const count = layer.reduce((a, [, t]) => a + t.data.length, 0);
    expect(count).toBe(4 * (128 * 128 + 128 * 32 + 128));
    expect(count).toBe(82_432);
  });
  it('with n = 256, d = 32 (the pretrained character LSTM\'s sizes) the same layer has 295,936 parameters', () => {
    const p = initLanguageModel({ cell: 'lstm', vocab: 10, embed: 32, hidden: 256 }, { radius: 1, forgetBias: 1 }, 1);
    const count = Object.entries(p).filter(([k]) => !['E', 'U', 'b_2'].includes(k)).reduce((a, [, t]) => a + t.data.length, 0);
    expect(count).toBe(295_936);
  });
});
