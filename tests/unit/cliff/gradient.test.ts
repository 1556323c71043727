import { describe, it, expect } from 'vitest';
import { lossAndGradient, loss, forward, cliffBias, PASCANU_SETUP, type CliffSetup } from '../../../src/core/cliff';

/** Central finite differences of E(w, b), the independent reference for the BPTT gradient. */
function numericGradient(w: number, b: number, setup: CliffSetup, h: number): [number, number] {
  return [(loss(w + h, b, setup) - loss(w - h, b, setup)) / (2 * h), (loss(w, b + h, setup) - loss(w, b - h, setup)) / (2 * h)];
}

/** Where x(0) = 0.5 sits on the unstable fixed point of the logistic map: w σ(0.5) + b = 0.5 (the wall). */
const wallB = (w: number) => 0.5 - w / (1 + Math.exp(-0.5));

const relErr = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-8, Math.abs(a), Math.abs(b));

describe('forward', () => {
  it('forward(w, b) follows x(t) = w σ(x(t−1)) + b from x(0) = 0.5 for 50 steps', () => {
    const xs = forward(2, -1);
    expect(xs).toHaveLength(51);
    expect(xs[0]).toBe(0.5);
    expect(xs[1]).toBeCloseTo(2 / (1 + Math.exp(-0.5)) - 1, 15);
    expect(loss(2, -1)).toBeCloseTo((xs[50] - 0.7) ** 2, 15);
  });
  it('loss(w, b) jumps across the wall: the two sides end on different fixed points', () => {
    const w = 6;
    const below = loss(w, wallB(w) - 0.05);
    const above = loss(w, wallB(w) + 0.05);
    expect(below / above).toBeGreaterThan(3);
  });
});

describe('lossAndGradient', () => {
  const points: [string, number, number][] = [
    ['smooth region', 1.5, 0.2],
    ['negative w', -1, 0.8],
    ['bistable plain below the wall', 6, -4],
    ['bistable plain above the wall', 6, -2],
    ['near the cusp', 4.3, -2.1],
  ];
  for (const [name, w, b] of points) {
    it(`lossAndGradient matches central differences (${name}, w=${w}, b=${b})`, () => {
      const g = lossAndGradient(w, b, PASCANU_SETUP);
      const [nw, nb] = numericGradient(w, b, PASCANU_SETUP, 1e-6);
      expect(relErr(g.dw, nw)).toBeLessThan(1e-6);
      expect(relErr(g.db, nb)).toBeLessThan(1e-6);
    });
  }
  it('lossAndGradient matches central differences on the steep band of the wall (huge gradient)', () => {
    for (const [w, offset] of [[4.5, -0.001], [4.6, -0.001], [5, -1e-4]] as const) {
      const b = wallB(w) + offset;
      const g = lossAndGradient(w, b, PASCANU_SETUP);
      expect(Math.hypot(g.dw, g.db)).toBeGreaterThan(100);
      const [nw, nb] = numericGradient(w, b, PASCANU_SETUP, 1e-8);
      expect(relErr(g.dw, nw)).toBeLessThan(1e-4);
      expect(relErr(g.db, nb)).toBeLessThan(1e-4);
    }
  });
  it('lossAndGradient matches central differences with tanh as σ', () => {
    const setup: CliffSetup = { ...PASCANU_SETUP, activation: 'tanh' };
    for (const [w, b] of [[0.8, 0.3], [2, -0.5], [1.5, 1]]) {
      const g = lossAndGradient(w, b, setup);
      const [nw, nb] = numericGradient(w, b, setup, 1e-6);
      expect(relErr(g.dw, nw)).toBeLessThan(1e-6);
      expect(relErr(g.db, nb)).toBeLessThan(1e-6);
    }
  });
  it('the gradient on the wall is many times the gradient on the plains beside it', () => {
    const w = 5;
    const on = lossAndGradient(w, wallB(w));
    const off = lossAndGradient(w, wallB(w) - 0.3);
    expect(Math.hypot(on.dw, on.db) / Math.hypot(off.dw, off.db)).toBeGreaterThan(100);
  });
});

describe('cliffBias', () => {
  it('cliffBias(w) is null before the cusp and marks the jump of x(T) after it', () => {
    expect(cliffBias(3)).toBeNull();
    for (const w of [5, 6, 8]) {
      const b = cliffBias(w)!;
      expect(b).toBeCloseTo(wallB(w), 12);
      const below = forward(w, b - 0.01)[50];
      const above = forward(w, b + 0.01)[50];
      expect(above - below).toBeGreaterThan(w / 2);
    }
  });
});
