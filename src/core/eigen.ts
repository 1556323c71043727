/**
 * Eigenvalues of a real square matrix (n ≤ a few hundred), in float64: balancing,
 * Householder reduction to upper Hessenberg form, then the Francis double-shift QR
 * iteration (EISPACK's balanc/orthes/hqr, as in Numerical Recipes). Used for ρ(W_h),
 * the spectral radius that decides whether gradients vanish or explode.
 */
import type { ParamArray } from './params';

export interface Complex {
  re: number;
  im: number;
}

const RADIX = 2;
const EPS = Number.EPSILON;
const MAX_ITERATIONS = 60;

/**
 * Eigenvalues of the n×n matrix `data` (row-major), sorted by decreasing modulus
 * (ties: larger real part, then positive imaginary part first). Complex pairs come
 * out as exact conjugates.
 * @throws Error if data.length ≠ n², an entry is NaN/Inf, or QR fails to converge.
 */
export function eigenvalues(data: ArrayLike<number>, n: number): Complex[] {
  if (!Number.isInteger(n) || n < 0 || data.length !== n * n) {
    throw new Error(`eigenvalues: expected ${n}×${n} = ${n * n} numbers, got ${data.length}`);
  }
  // 1-based (n+1)×(n+1) working copy: keeps the classic algorithm's indices intact.
  const N = n + 1;
  const a = new Float64Array(N * N);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = data[i * n + j];
      if (!Number.isFinite(v)) throw new Error(`eigenvalues: entry (${i}, ${j}) is not finite (${v})`);
      a[(i + 1) * N + (j + 1)] = v;
    }
  }
  balance(a, n);
  toHessenberg(a, n);
  const out = hessenbergQr(a, n);
  out.sort((x, y) => Math.hypot(y.re, y.im) - Math.hypot(x.re, x.im) || y.re - x.re || y.im - x.im);
  return out;
}

/** Largest |λ| of a square matrix parameter (ρ(W_h)). */
export function spectralRadius(m: ParamArray): number {
  if (m.shape.length !== 2 || m.shape[0] !== m.shape[1]) {
    throw new Error(`spectralRadius: expected a square matrix, got shape [${m.shape.join(', ')}]`);
  }
  let rho = 0;
  for (const l of eigenvalues(m.data, m.shape[0])) rho = Math.max(rho, Math.hypot(l.re, l.im));
  return rho;
}

/** Parlett–Reinsch balancing by powers of 2 (exact): similar matrix with rows ≈ columns in norm. */
function balance(a: Float64Array, n: number): void {
  const N = n + 1;
  const sqrdx = RADIX * RADIX;
  let done = false;
  while (!done) {
    done = true;
    for (let i = 1; i <= n; i++) {
      let r = 0, c = 0;
      for (let j = 1; j <= n; j++) {
        if (j === i) continue;
        c += Math.abs(a[j * N + i]);
        r += Math.abs(a[i * N + j]);
      }
      if (c === 0 || r === 0) continue;
      let g = r / RADIX, f = 1;
      const s = c + r;
      while (c < g) { f *= RADIX; c *= sqrdx; }
      g = r * RADIX;
      while (c > g) { f /= RADIX; c /= sqrdx; }
      if ((c + r) / f < 0.95 * s) {
        done = false;
        g = 1 / f;
        for (let j = 1; j <= n; j++) a[i * N + j] *= g;
        for (let j = 1; j <= n; j++) a[j * N + i] *= f;
      }
    }
  }
}

/** In-place similarity A ← P A P with Householder reflections P, zeroing below the subdiagonal. */
function toHessenberg(a: Float64Array, n: number): void {
  const N = n + 1;
  const v = new Float64Array(N);
  for (let k = 1; k <= n - 2; k++) {
    let scale = 0;
    for (let i = k + 1; i <= n; i++) scale += Math.abs(a[i * N + k]);
    if (scale === 0) continue;
    let sigma = 0;
    for (let i = k + 1; i <= n; i++) {
      v[i] = a[i * N + k] / scale;
      sigma += v[i] * v[i];
    }
    const alpha = -Math.sign(v[k + 1] || 1) * Math.sqrt(sigma);
    v[k + 1] -= alpha;
    let vtv = 0;
    for (let i = k + 1; i <= n; i++) vtv += v[i] * v[i];
    if (vtv === 0) continue;
    // Left: rows k+1..n, columns k..n.
    for (let j = k; j <= n; j++) {
      let s = 0;
      for (let i = k + 1; i <= n; i++) s += v[i] * a[i * N + j];
      s = (2 * s) / vtv;
      for (let i = k + 1; i <= n; i++) a[i * N + j] -= s * v[i];
    }
    // Right: all rows, columns k+1..n.
    for (let i = 1; i <= n; i++) {
      let s = 0;
      for (let j = k + 1; j <= n; j++) s += a[i * N + j] * v[j];
      s = (2 * s) / vtv;
      for (let j = k + 1; j <= n; j++) a[i * N + j] -= s * v[j];
    }
    for (let i = k + 2; i <= n; i++) a[i * N + k] = 0;
  }
}

/**
 * Francis double-shift QR on the upper Hessenberg a (1-based, destroyed), deflating
 * 1×1 and 2×2 blocks from the bottom; exceptional shifts at iterations 10, 20, ….
 */
function hessenbergQr(a: Float64Array, n: number): Complex[] {
  const N = n + 1;
  const A = (i: number, j: number): number => a[i * N + j];
  const out: Complex[] = [];
  let anorm = 0;
  for (let i = 1; i <= n; i++) for (let j = Math.max(i - 1, 1); j <= n; j++) anorm += Math.abs(A(i, j));
  let nn = n;
  let t = 0; // accumulated exceptional shifts
  let p = 0, q = 0, r = 0, s = 0, w = 0, x = 0, y = 0, z = 0;
  while (nn >= 1) {
    let its = 0;
    let l: number;
    do {
      // Look for a negligible subdiagonal element a[l][l−1].
      for (l = nn; l >= 2; l--) {
        s = Math.abs(A(l - 1, l - 1)) + Math.abs(A(l, l));
        if (s === 0) s = anorm;
        if (Math.abs(A(l, l - 1)) <= EPS * s) {
          a[l * N + l - 1] = 0;
          break;
        }
      }
      x = A(nn, nn);
      if (l === nn) {
        out.push({ re: x + t, im: 0 });
        nn--;
      } else {
        y = A(nn - 1, nn - 1);
        w = A(nn, nn - 1) * A(nn - 1, nn);
        if (l === nn - 1) {
          // A 2×2 block: its two roots directly.
          p = 0.5 * (y - x);
          q = p * p + w;
          z = Math.sqrt(Math.abs(q));
          x += t;
          if (q >= 0) {
            z = p + (p >= 0 ? Math.abs(z) : -Math.abs(z));
            const first = x + z;
            const second = z !== 0 ? x - w / z : first;
            out.push({ re: first, im: 0 }, { re: second, im: 0 });
          } else {
            out.push({ re: x + p, im: z }, { re: x + p, im: -z });
          }
          nn -= 2;
        } else {
          if (its === MAX_ITERATIONS) throw new Error('eigenvalues: the QR iteration did not converge');
          if (its > 0 && its % 10 === 0) {
            t += x;
            for (let i = 1; i <= nn; i++) a[i * N + i] -= x;
            s = Math.abs(A(nn, nn - 1)) + Math.abs(A(nn - 1, nn - 2));
            y = x = 0.75 * s;
            w = -0.4375 * s * s;
          }
          ++its;
          // Find two consecutive small subdiagonal elements; start the bulge at m.
          let m: number;
          for (m = nn - 2; m >= l; m--) {
            z = A(m, m);
            r = x - z;
            s = y - z;
            p = (r * s - w) / A(m + 1, m) + A(m, m + 1);
            q = A(m + 1, m + 1) - z - r - s;
            r = A(m + 2, m + 1);
            s = Math.abs(p) + Math.abs(q) + Math.abs(r);
            p /= s;
            q /= s;
            r /= s;
            if (m === l) break;
            const u = Math.abs(A(m, m - 1)) * (Math.abs(q) + Math.abs(r));
            const v = Math.abs(p) * (Math.abs(A(m - 1, m - 1)) + Math.abs(z) + Math.abs(A(m + 1, m + 1)));
            if (u <= EPS * v) break;
          }
          for (let i = m + 2; i <= nn; i++) {
            a[i * N + i - 2] = 0;
            if (i !== m + 2) a[i * N + i - 3] = 0;
          }
          // Chase the bulge down with 3×3 Householder reflections.
          for (let k = m; k <= nn - 1; k++) {
            if (k !== m) {
              p = A(k, k - 1);
              q = A(k + 1, k - 1);
              r = k !== nn - 1 ? A(k + 2, k - 1) : 0;
              x = Math.abs(p) + Math.abs(q) + Math.abs(r);
              if (x !== 0) {
                p /= x;
                q /= x;
                r /= x;
              }
            }
            const mag = Math.sqrt(p * p + q * q + r * r);
            s = p >= 0 ? mag : -mag;
            if (s === 0) continue;
            if (k === m) {
              if (l !== m) a[k * N + k - 1] = -A(k, k - 1);
            } else {
              a[k * N + k - 1] = -s * x;
            }
            p += s;
            x = p / s;
            y = q / s;
            z = r / s;
            q /= p;
            r /= p;
            for (let j = k; j <= nn; j++) {
              p = A(k, j) + q * A(k + 1, j);
              if (k !== nn - 1) {
                p += r * A(k + 2, j);
                a[(k + 2) * N + j] -= p * z;
              }
              a[(k + 1) * N + j] -= p * y;
              a[k * N + j] -= p * x;
            }
            const mmin = nn < k + 3 ? nn : k + 3;
            for (let i = l; i <= mmin; i++) {
              p = x * A(i, k) + y * A(i, k + 1);
              if (k !== nn - 1) {
                p += z * A(i, k + 2);
                a[i * N + k + 2] -= p * r;
              }
              a[i * N + k + 1] -= p * q;
              a[i * N + k] -= p;
            }
          }
        }
      }
    } while (l < nn - 1);
  }
  return out;
}
