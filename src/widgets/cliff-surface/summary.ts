/** The sentence under the charts: what the two descent paths did, computed from them. */
import { longestStep, type DescentPath, type Extent } from '../../core/cliff';
import { formatNumber } from '../../viz/scales';

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

const f = formatNumber;
/** A ratio as a reader says it: 223.147 → "223", 4.26 → "4.3". */
const times = (r: number) => (r >= 10 ? Math.round(r).toLocaleString('en-US') : r.toFixed(1));

/**
 * Whether a path took one update far longer than its typical one (five times the
 * median), i.e. it met the cliff's steep face, or it broke down into ∞/NaN.
 */
export function hitTheWall(path: DescentPath): boolean {
  if (path.nonFinite) return true;
  const lengths = path.points.slice(1).map((p) => p.stepLength).sort((x, y) => x - y);
  if (lengths.length < 2) return false;
  const median = lengths[Math.floor(lengths.length / 2)];
  return lengths[lengths.length - 1] > 5 * median;
}

function ending(path: DescentPath, w: Extent, b: Extent): string {
  const last = path.points[path.points.length - 1];
  if (path.nonFinite) return `at step ${path.nonFinite.step} the ${path.nonFinite.what} became non-finite (∞ or NaN) and the path stopped`;
  const out = firstStepOutside(path, w, b);
  const where = out >= 0 ? `it left the plotted region at step ${out} and ` : '';
  return `${where}it ended at loss ${f(last.loss)}`;
}

export function summarise(plain: DescentPath, clipped: DescentPath, threshold: number, w: Extent, b: Extent): string {
  const jp = jumpOf(plain);
  const jc = jumpOf(clipped);
  const fired = clipped.points.filter((p) => p.clipped).length;
  const gradAtJump = plain.points[jp.step - 1]?.gradNorm ?? 0;
  const plainPart =
    `Without clipping the longest step was ${f(jp.length)} (step ${jp.step}, gradient norm ${gradAtJump >= 10 && gradAtJump < 1e4 ? Math.round(gradAtJump).toLocaleString('en-US') : f(gradAtJump)}); ` + `${ending(plain, w, b)}.`;
  const ratio = jc.length > 0 ? jp.length / jc.length : Infinity;
  const ratioPart = ratio >= 2 ? `, ${times(ratio)}× shorter` : '';
  const clippedPart =
    fired === 0
      ? ` Clipping at ${f(threshold)} never fired (the gradient norm stayed below it), so the clipped path is the same path.`
      : ` With clipping at ${f(threshold)} (it fired on ${fired} of ${clipped.points.length - 1} steps) the longest step was ${f(jc.length)}${ratioPart}; ${ending(clipped, w, b)}.`;
  const thin = hitTheWall(plain)
    ? ''
    : ' No step landed on the steep face of the cliff (it is very thin), so no step was unusually long; try a start closer to it or another learning rate.';
  return plainPart + clippedPart + thin;
}
