/**
 * Plain gradient descent on E(w, b), with or without global-norm clipping:
 *   θ(k+1) = θ(k) − lr · ĝ(k).
 * A step that produces a NaN or an infinity stops the path and the result says so.
 */
import { lossAndGradient } from './gradient';
import { clipByGlobalNorm } from './clip';
import { PASCANU_SETUP, type CliffSetup } from './model';

export interface PathPoint {
  /** Number of updates made to reach this point (0 = the start). */
  step: number;
  w: number;
  b: number;
  loss: number;
  /** ‖∂E/∂θ‖ at this point, before any clipping. */
  gradNorm: number;
  /** Length of the update that led here (0 at the start). */
  stepLength: number;
  /** Whether clipping shortened the update that led here. */
  clipped: boolean;
}

export interface DescentOptions {
  learningRate: number;
  /** Number of updates to attempt. */
  steps: number;
  /** Clipping threshold; null or undefined = no clipping. */
  clipThreshold?: number | null;
  setup?: CliffSetup;
}

export interface DescentPath {
  points: PathPoint[];
  /** Set when an update produced a non-finite parameter, loss or gradient. */
  nonFinite: { step: number; what: string } | null;
}

export function descend(start: { w: number; b: number }, options: DescentOptions): DescentPath {
  const setup = options.setup ?? PASCANU_SETUP;
  const threshold = options.clipThreshold ?? null;
  let { w, b } = start;
  let g = lossAndGradient(w, b, setup);
  const points: PathPoint[] = [{ step: 0, w, b, loss: g.loss, gradNorm: Math.hypot(g.dw, g.db), stepLength: 0, clipped: false }];
  const bad = (what: string, step: number): DescentPath => ({ points, nonFinite: { step, what } });
  if (!Number.isFinite(g.loss)) return bad('loss at the start', 0);
  for (let k = 1; k <= options.steps; k++) {
    if (!Number.isFinite(g.dw) || !Number.isFinite(g.db)) return bad('gradient', k);
    const c = threshold === null ? { dw: g.dw, db: g.db, clipped: false } : clipByGlobalNorm(g.dw, g.db, threshold);
    const nw = w - options.learningRate * c.dw;
    const nb = b - options.learningRate * c.db;
    if (!Number.isFinite(nw) || !Number.isFinite(nb)) return bad('parameters', k);
    w = nw;
    b = nb;
    g = lossAndGradient(w, b, setup);
    if (!Number.isFinite(g.loss)) return bad('loss', k);
    const stepLength = options.learningRate * Math.hypot(c.dw, c.db);
    points.push({ step: k, w, b, loss: g.loss, gradNorm: Math.hypot(g.dw, g.db), stepLength, clipped: c.clipped });
  }
  return { points, nonFinite: null };
}

/** The index of the longest update of a path (0 if it has none). */
export function longestStep(path: DescentPath): number {
  let best = 0;
  for (let k = 1; k < path.points.length; k++) if (path.points[k].stepLength > (path.points[best]?.stepLength ?? 0)) best = k;
  return best;
}
