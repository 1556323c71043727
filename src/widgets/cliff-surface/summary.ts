/** The sentence under the charts: what the two descent paths did, computed from them. */
import { longestStep, type DescentPath, type Extent } from '../../core/cliff';
import { formatNumber } from '../../viz/scales';
import type { CliffText } from './text';

/** Whether a parameter point lies inside the plotted region. */
export function inRegion(p: { w: number; b: number }, w: Extent, b: Extent): boolean {
  return p.w >= w.min && p.w <= w.max && p.b >= b.min && p.b <= b.max;
}

/** The first step at which a path is outside the region, or −1. */
export function firstStepOutside(path: DescentPath, w: Extent, b: Extent): number {
  return path.points.findIndex((p) => !inRegion(p, w, b));
}

/** A path's longest update: step index and length (0, 0 when it has no updates). */
export function jumpOf(path: DescentPath): { step: number; length: number } {
  const k = longestStep(path);
  return { step: k, length: path.points[k]?.stepLength ?? 0 };
}

/**
 * Whether a path met the cliff's steep face: its longest update is more than five
 * times the update before it (or, for the first update, the one after it) — a
 * sudden jump, not the long early steps of a path that then settles. A path that
 * broke down into ∞/NaN counts too.
 */
export function hitTheWall(path: DescentPath): boolean {
  if (path.nonFinite) return true;
  const k = longestStep(path);
  if (k === 0) return false;
  const len = (i: number) => path.points[i]?.stepLength ?? 0;
  const neighbour = k >= 2 ? len(k - 1) : len(k + 1);
  return neighbour > 0 && len(k) > 5 * neighbour;
}

const f = formatNumber;
/** A ratio as a reader says it: 223.147 → "223", 4.26 → "4.3". */
const times = (r: number) => (r >= 10 ? Math.round(r).toLocaleString('en-US') : r.toFixed(1));
/** A gradient norm: whole numbers with separators in the middle range. */
const norm = (g: number) => (g >= 10 && g < 1e6 ? Math.round(g).toLocaleString('en-US') : f(g));

function ending(m: CliffText, path: DescentPath, w: Extent, b: Extent): string {
  const last = path.points[path.points.length - 1];
  if (path.nonFinite) return m.stoppedAt(path.nonFinite.step, path.nonFinite.what);
  const out = firstStepOutside(path, w, b);
  return m.ended(f(last.loss), out >= 0 ? out : null);
}

export function summarise(m: CliffText, plain: DescentPath, clipped: DescentPath, threshold: number, w: Extent, b: Extent): string {
  const jp = jumpOf(plain);
  const jc = jumpOf(clipped);
  const fired = clipped.points.filter((p) => p.clipped).length;
  const gradAtJump = plain.points[jp.step - 1]?.gradNorm ?? 0;
  const wall = hitTheWall(plain);
  const plainPart = wall
    ? m.plainWall(jp.step, norm(gradAtJump), f(jp.length), ending(m, plain, w, b))
    : m.plainLongest(jp.step, f(jp.length), ending(m, plain, w, b));
  const ratio = jc.length > 0 ? jp.length / jc.length : Infinity;
  const clippedPart =
    fired === 0
      ? m.clipIdle(f(threshold))
      : m.clipFired(f(threshold), fired, clipped.points.length - 1, f(jc.length), ratio >= 2 ? times(ratio) : null, ending(m, clipped, w, b));
  return [plainPart, clippedPart, ...(wall ? [] : [m.noWall])].join(' ');
}
