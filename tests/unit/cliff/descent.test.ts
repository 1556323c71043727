import { describe, it, expect } from 'vitest';
import { clipByGlobalNorm, descend, longestStep, lossAndGradient, lossGrid, gridValue } from '../../../src/core/cliff';

describe('clipByGlobalNorm', () => {
  it('clipByGlobalNorm keeps the direction and caps the norm at the threshold', () => {
    for (const [dw, db] of [[300, -400], [-1e6, 3], [0.5, 1e4]]) {
      const c = clipByGlobalNorm(dw, db, 5);
      expect(c.clipped).toBe(true);
      expect(Math.hypot(c.dw, c.db)).toBeCloseTo(5, 12);
      // Same direction: parallel (zero cross product) and pointing the same way.
      expect(Math.abs(c.dw * db - c.db * dw) / (Math.hypot(dw, db) * 5)).toBeLessThan(1e-12);
      expect(c.dw * dw + c.db * db).toBeGreaterThan(0);
    }
  });
  it('clipByGlobalNorm leaves a gradient below the threshold unchanged', () => {
    expect(clipByGlobalNorm(3, 4, 10)).toEqual({ dw: 3, db: 4, normBefore: 5, clipped: false });
  });
  it('clipByGlobalNorm at exactly the threshold fires (‖g‖ ≥ threshold) and changes nothing', () => {
    const c = clipByGlobalNorm(3, 4, 5);
    expect(c.clipped).toBe(true);
    expect(Math.hypot(c.dw, c.db)).toBeCloseTo(5, 14);
  });
});

describe('descend', () => {
  const start = { w: 6.5, b: -0.5 };
  const options = { learningRate: 0.02, steps: 50 };

  it('descend(unclipped) from a start near the cliff takes a step many times longer than the clipped path ever does', () => {
    const plain = descend(start, options);
    const clipped = descend(start, { ...options, clipThreshold: 20 });
    const jump = plain.points[longestStep(plain)];
    const longestClipped = clipped.points[longestStep(clipped)].stepLength;
    expect(longestClipped).toBeLessThanOrEqual(0.02 * 20 + 1e-12);
    expect(jump.stepLength / longestClipped).toBeGreaterThan(20);
    // The two paths agree until clipping first fires, which is the step of the jump.
    const firstClip = clipped.points.findIndex((p) => p.clipped);
    expect(firstClip).toBe(jump.step);
    for (let k = 0; k < firstClip; k++) expect(clipped.points[k]).toEqual(plain.points[k]);
  });

  it('descend(start on the wall) has a first unclipped step that is far longer than the clipped one', () => {
    const w = 4.6;
    const onWall = { w, b: 0.5 - w / (1 + Math.exp(-0.5)) - 1e-3 };
    const g = lossAndGradient(onWall.w, onWall.b);
    const plain = descend(onWall, { learningRate: 0.02, steps: 1 });
    const clipped = descend(onWall, { learningRate: 0.02, steps: 1, clipThreshold: 10 });
    const ratio = plain.points[1].stepLength / clipped.points[1].stepLength;
    expect(ratio).toBeCloseTo(Math.hypot(g.dw, g.db) / 10, 9);
    expect(ratio).toBeGreaterThan(10);
  });

  it('descend is deterministic: the same inputs give identical paths', () => {
    const a = descend(start, { ...options, clipThreshold: 20 });
    const b = descend(start, { ...options, clipThreshold: 20 });
    expect(b).toEqual(a);
  });

  it('descend stops at the first non-finite step and says which', () => {
    // A learning rate so large that the first update overflows the parameters to ±∞.
    const path = descend({ w: 5, b: 0.5 - 5 / (1 + Math.exp(-0.5)) }, { learningRate: 1e305, steps: 10 });
    expect(path.nonFinite).not.toBeNull();
    expect(path.nonFinite!.step).toBe(1);
    expect(path.points).toHaveLength(1);
    for (const p of path.points) expect(Number.isFinite(p.w) && Number.isFinite(p.b) && Number.isFinite(p.loss)).toBe(true);
  });

  it('descend(steps) records the start plus one point per update with their step lengths', () => {
    const path = descend({ w: 2, b: 0 }, { learningRate: 0.01, steps: 5 });
    expect(path.points.map((p) => p.step)).toEqual([0, 1, 2, 3, 4, 5]);
    for (let k = 1; k < path.points.length; k++) {
      const d = Math.hypot(path.points[k].w - path.points[k - 1].w, path.points[k].b - path.points[k - 1].b);
      expect(path.points[k].stepLength).toBeCloseTo(d, 12);
    }
  });
});

describe('lossGrid', () => {
  it('lossGrid(w, b) lays rows along b and columns along w, end points included', () => {
    const g = lossGrid({ min: 0, max: 2 }, { min: -1, max: 1 }, 3, 5);
    expect(g.values).toHaveLength(15);
    expect(gridValue(g.w, 2, 3)).toBe(2);
    expect(gridValue(g.b, 4, 5)).toBe(1);
    expect(g.values[4 * 3 + 1]).toBe(lossAndGradient(1, 1).loss);
  });
});
