import { describe, it, expect } from 'vitest';
import { computeGradientFlow, analysisOptions, labParams } from '../../../src/widgets/gradient-flow/compute';
import { gradientFlowSchema } from '../../../src/widgets/gradient-flow/schema';
import { describeFlow } from '../../../src/widgets/gradient-flow/summary';
import { gradientFlowText } from '../../../src/widgets/gradient-flow/text';
import { arrowWidth, BASE_WIDTH, MIN_WIDTH } from '../../../src/widgets/gradient-flow/arrow-width';
import { createWidgetStore } from '../../../src/state/widget-store';
import { defaults } from '../../../src/state/url-params';
import { spectralRadius } from '../../../src/core/eigen';

const base = defaults(gradientFlowSchema);

describe('computeGradientFlow', () => {
  it('the ρ^ℓ overlay equals the measured curve for identity activation with orthogonal W_h', () => {
    for (const rho of [0.6, 0.9, 1.0, 1.2]) {
      const { analysis, theory, radius } = computeGradientFlow({ ...base, activation: 'identity', rho, length: 30 });
      expect(radius).toBeCloseTo(rho, 5);
      expect(theory).not.toBeNull();
      for (let t = 0; t < 30; t++) {
        const measured = analysis.gradFromLast[t];
        expect(Math.abs(measured - theory![t]) / theory![t]).toBeLessThan(1e-3);
      }
    }
  });
  it('the overlay is offered only where it is exact (simple RNN, identity)', () => {
    expect(computeGradientFlow({ ...base, activation: 'tanh' }).theory).toBeNull();
    expect(computeGradientFlow({ ...base, cell: 'lstm' }).theory).toBeNull();
  });
  it('ρ < 1 vanishes and ρ > 1 explodes, measured from the last step back to the first', () => {
    const down = computeGradientFlow({ ...base, rho: 0.7, length: 50 }).analysis.gradFromLast;
    const up = computeGradientFlow({ ...base, rho: 1.3, length: 50 }).analysis.gradFromLast;
    expect(down[0] / down[49]).toBeLessThan(1e-6);
    expect(up[0] / up[49]).toBeGreaterThan(1e4);
  });
  it('W_h is initialised to the chosen spectral radius', () => {
    expect(spectralRadius(labParams({ cell: 'rnn', rho: 1.37, seed: 4 }).W_h)).toBeCloseTo(1.37, 5);
  });
});

describe('settings flow from the store to the core', () => {
  it('truncation in the store zeroes the gradient outside the window', () => {
    const store = createWidgetStore(gradientFlowSchema, 'gf', base, {}, new URLSearchParams('gf.truncation=10&gf.length=35'));
    const settings = store.getState().settings;
    expect(analysisOptions(settings)).toEqual({ truncation: 10, clip: 0 });
    const g = computeGradientFlow(settings).analysis.gradFromLast;
    // Chunks [0,10) [10,20) [20,30) [30,35): only the last chunk sees J(T).
    for (let t = 0; t < 30; t++) expect(g[t]).toBe(0);
    for (let t = 30; t < 35; t++) expect(g[t]).toBeGreaterThan(0);
  });
  it('clipping in the store caps the parameter-gradient norm at the threshold', () => {
    const store = createWidgetStore(gradientFlowSchema, 'gf', base, {}, new URLSearchParams('gf.rho=1.3&gf.clip=1&gf.threshold=2'));
    const settings = store.getState().settings;
    expect(analysisOptions(settings).clip).toBe(2);
    const { analysis, clipScale } = computeGradientFlow(settings);
    expect(analysis.paramGradNorm).toBeGreaterThan(2);
    expect(analysis.clippedGradNorm).toBeCloseTo(2, 5);
    expect(clipScale).toBeCloseTo(2 / analysis.paramGradNorm, 8);
    store.getState().set({ clip: false });
    expect(computeGradientFlow(store.getState().settings).clipScale).toBe(1);
  });
  it('the same settings give the same numbers; another seed gives others', () => {
    const a = computeGradientFlow({ ...base, activation: 'tanh', seed: 3 }).analysis;
    const b = computeGradientFlow({ ...base, activation: 'tanh', seed: 3 }).analysis;
    const c = computeGradientFlow({ ...base, activation: 'tanh', seed: 4 }).analysis;
    expect(Array.from(a.gradFromLast)).toEqual(Array.from(b.gradFromLast));
    expect(a.loss).not.toBe(c.loss);
  });
});

describe('describeFlow', () => {
  it('names the factor and, for a linear RNN, the matching ρ^ℓ', () => {
    const settings = { ...base, rho: 0.9, length: 21 };
    const [line] = describeFlow(settings, computeGradientFlow(settings), gradientFlowText.en);
    expect(line).toContain('shrinks');
    expect(line).toContain('0.9^20');
  });
  it('says when truncation cuts the gradient and when clipping rescales it', () => {
    const settings = { ...base, rho: 1.3, length: 40, truncation: 10, clip: true, threshold: 0.5 };
    const text = describeFlow(settings, computeGradientFlow(settings), gradientFlowText.en).join(' ');
    expect(text).toContain('window k = 10');
    expect(text).toContain('scaled by');
  });
  it('speaks Korean with the same numbers', () => {
    const settings = { ...base, rho: 1.3, length: 40, truncation: 10, clip: true, threshold: 0.5 };
    const result = computeGradientFlow(settings);
    const en = describeFlow(settings, result, gradientFlowText.en);
    const ko = describeFlow(settings, result, gradientFlowText.ko);
    expect(ko).toHaveLength(en.length);
    const numbers = (lines: string[]) => lines.join(' ').match(/\d[\d.]*(?:e[−\d]+)?/g)?.sort();
    for (const n of numbers(en) ?? []) expect(numbers(ko)).toContain(n);
    expect(ko.join(' ')).toContain('절단 길이 k = 10');
  });
});

describe('arrowWidth', () => {
  it('arrowWidth(reference, reference) is the base width and a decade less is thinner', () => {
    expect(arrowWidth(2, 2)).toBe(BASE_WIDTH);
    expect(arrowWidth(0.2, 2)).toBeLessThan(BASE_WIDTH);
    expect(arrowWidth(0, 2)).toBe(MIN_WIDTH);
    expect(arrowWidth(NaN, 2)).toBe(MIN_WIDTH);
  });
});
