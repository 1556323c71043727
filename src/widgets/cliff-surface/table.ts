/** The rows of the text alternative: both paths, step by step. */
import type { DescentPath } from '../../core/cliff';

export const TABLE_COLUMNS = [
  'step',
  'w (no clip)', 'b (no clip)', 'loss (no clip)', 'step length (no clip)',
  'w (clipped)', 'b (clipped)', 'loss (clipped)', 'step length (clipped)', 'clipped?',
];

export function tableRows(plain: DescentPath, clipped: DescentPath): (string | number)[][] {
  // One row per update, plus the row of an update that broke down.
  const last = (path: DescentPath) => (path.nonFinite ? path.nonFinite.step + 1 : path.points.length);
  const n = Math.max(last(plain), last(clipped));
  const rows: (string | number)[][] = [];
  for (let k = 0; k < n; k++) {
    const p = plain.points[k];
    const c = clipped.points[k];
    const stopped = (path: DescentPath) => (path.nonFinite && path.nonFinite.step === k ? 'NaN/∞ — stopped' : '—');
    rows.push([
      k,
      ...(p ? [p.w, p.b, p.loss, p.stepLength] : [stopped(plain), '', '', '']),
      ...(c ? [c.w, c.b, c.loss, c.stepLength, c.clipped ? 'yes' : 'no'] : [stopped(clipped), '', '', '', '']),
    ]);
  }
  return rows;
}
