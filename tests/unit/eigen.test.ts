import { describe, expect, it } from 'vitest';
import { eigenvalues, spectralRadius, type Complex } from '../../src/core/eigen';
import { scaledOrthogonal } from '../../src/core/params';
import { createRng } from '../../src/core/random';

const modulus = (l: Complex): number => Math.hypot(l.re, l.im);

/** Each expected value matched to a distinct computed one within tol. */
function expectSameSet(actual: Complex[], expected: Complex[], tol: number): void {
  expect(actual.length).toBe(expected.length);
  const left = [...actual];
  for (const e of expected) {
    let best = -1, dist = Infinity;
    left.forEach((a, k) => {
      const d = Math.hypot(a.re - e.re, a.im - e.im);
      if (d < dist) [best, dist] = [k, d];
    });
    if (dist > tol) throw new Error(`no eigenvalue near ${e.re} + ${e.im}i (closest at distance ${dist}); got ${JSON.stringify(actual)}`);
    left.splice(best, 1);
  }
}

/** Determinant by Gaussian elimination with partial pivoting (independent of the QR code). */
function determinant(a: number[], n: number): number {
  const m = a.slice();
  let det = 1;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r * n + c]) > Math.abs(m[p * n + c])) p = r;
    if (m[p * n + c] === 0) return 0;
    if (p !== c) {
      for (let k = 0; k < n; k++) [m[c * n + k], m[p * n + k]] = [m[p * n + k], m[c * n + k]];
      det = -det;
    }
    det *= m[c * n + c];
    for (let r = c + 1; r < n; r++) {
      const f = m[r * n + c] / m[c * n + c];
      for (let k = c; k < n; k++) m[r * n + k] -= f * m[c * n + k];
    }
  }
  return det;
}

function randomMatrix(n: number, seed: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: n * n }, () => rng.normal());
}

describe('eigenvalues', () => {
  it('diagonal: the diagonal, sorted by decreasing modulus', () => {
    const ev = eigenvalues([2, 0, 0, 0, -3, 0, 0, 0, 0.5], 3);
    expect(ev.map((l) => l.re)).toEqual([-3, 2, 0.5]);
    expect(ev.every((l) => l.im === 0)).toBe(true);
  });

  it('trivial sizes: 0×0, 1×1, the zero matrix', () => {
    expect(eigenvalues([], 0)).toEqual([]);
    expect(eigenvalues([-4.5], 1)).toEqual([{ re: -4.5, im: 0 }]);
    expect(eigenvalues(new Array(16).fill(0), 4).map(modulus)).toEqual([0, 0, 0, 0]);
  });

  it('rotation matrices: conjugate pairs e^{±iθ} on the unit circle', () => {
    for (const theta of [0.3, 1, Math.PI / 2, 2.5]) {
      const [c, s] = [Math.cos(theta), Math.sin(theta)];
      const ev = eigenvalues([c, -s, s, c], 2);
      expectSameSet(ev, [{ re: c, im: s }, { re: c, im: -s }], 1e-14);
      expect(ev[0].im).toBe(-ev[1].im);
    }
    // Block-diagonal rotations, hidden by a random orthogonal change of basis.
    const n = 6, thetas = [0.4, 1.3, 2.9];
    const block = new Array(n * n).fill(0);
    thetas.forEach((t, b) => {
      const [c, s, o] = [Math.cos(t), Math.sin(t), 2 * b];
      block[o * n + o] = c; block[o * n + o + 1] = -s; block[(o + 1) * n + o] = s; block[(o + 1) * n + o + 1] = c;
    });
    const q = Array.from(scaledOrthogonal(n, 1, createRng(4)).data, Number);
    const qaqt = new Array(n * n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) for (let l = 0; l < n; l++) s += q[i * n + k] * block[k * n + l] * q[j * n + l];
      qaqt[i * n + j] = s;
    }
    const expected = thetas.flatMap((t) => [{ re: Math.cos(t), im: Math.sin(t) }, { re: Math.cos(t), im: -Math.sin(t) }]);
    expectSameSet(eigenvalues(qaqt, n), expected, 1e-5); // Q is float32, so QᵀQ = I to ~1e-7
  });

  it('companion matrix: the roots of its polynomial', () => {
    // (x − 1)(x − 2)(x + 4)(x² − 2x + 5) = x⁵ − x⁴ − 7x³ + 33x² − 66x + 40; roots 1, 2, −4, 1 ± 2i
    const coeffs = [-1, -7, 33, -66, 40]; // x⁵ + c₁x⁴ + … + c₅
    const n = 5;
    const m = new Array(n * n).fill(0);
    coeffs.forEach((c, j) => (m[j] = -c));
    for (let i = 1; i < n; i++) m[i * n + i - 1] = 1;
    expectSameSet(eigenvalues(m, n), [{ re: 1, im: 0 }, { re: 2, im: 0 }, { re: -4, im: 0 }, { re: 1, im: 2 }, { re: 1, im: -2 }], 1e-10);
  });

  it('ρ·Q from scaledOrthogonal: every |λ| = ρ', () => {
    for (const [n, rho] of [[16, 0.9], [64, 1.1], [128, 0.5]] as const) {
      const w = scaledOrthogonal(n, rho, createRng(n));
      const ev = eigenvalues(w.data, n);
      expect(ev.length).toBe(n);
      for (const l of ev) expect(Math.abs(modulus(l) - rho)).toBeLessThan(1e-5 * rho);
      expect(Math.abs(spectralRadius(w) - rho)).toBeLessThan(1e-5 * rho);
    }
  });

  it('random matrices: trace = Σλ and det = Πλ, complex pairs conjugate', () => {
    for (const n of [3, 10, 40, 100]) {
      const a = randomMatrix(n, n + 1);
      const ev = eigenvalues(a, n);
      let trace = 0;
      for (let i = 0; i < n; i++) trace += a[i * n + i];
      const sumRe = ev.reduce((s, l) => s + l.re, 0), sumIm = ev.reduce((s, l) => s + l.im, 0);
      expect(Math.abs(sumRe - trace)).toBeLessThan(1e-9 * n);
      expect(Math.abs(sumIm)).toBeLessThan(1e-9 * n);
      // Πλ in log-magnitude and angle form, to stay in range for n = 100.
      let logMag = 0, angle = 0;
      for (const l of ev) {
        logMag += Math.log(modulus(l));
        angle += Math.atan2(l.im, l.re);
      }
      const det = determinant(a, n);
      expect(Math.abs(logMag - Math.log(Math.abs(det)))).toBeLessThan(1e-8 * n);
      const sign = Math.cos(angle);
      expect(Math.abs(Math.abs(sign) - 1)).toBeLessThan(1e-8);
      expect(Math.sign(sign)).toBe(Math.sign(det));
      for (const l of ev.filter((x) => x.im !== 0)) expect(ev.some((m) => m.re === l.re && m.im === -l.im)).toBe(true);
    }
  });

  it('n = 256 completes and keeps the trace', () => {
    const n = 256, a = randomMatrix(n, 9);
    const ev = eigenvalues(a, n);
    let trace = 0;
    for (let i = 0; i < n; i++) trace += a[i * n + i];
    expect(ev.length).toBe(n);
    expect(Math.abs(ev.reduce((s, l) => s + l.re, 0) - trace)).toBeLessThan(1e-8 * n);
  });

  it('input errors', () => {
    expect(() => eigenvalues([1, 2, 3], 2)).toThrow(/expected 2×2/);
    expect(() => eigenvalues([1, NaN, 0, 1], 2)).toThrow(/entry \(0, 1\) is not finite/);
    expect(() => spectralRadius({ shape: [2, 3], data: new Float32Array(6) })).toThrow(/square/);
  });
});
