/** The rows of the text alternative: both paths, step by step. */
import type { DescentPath } from '../../core/cliff';
import type { CliffText } from './text';

export function tableColumns(m: CliffText): string[] {
  const path = (name: string) => [m.colW(name), m.colB(name), m.colLoss(name), m.colLength(name)];
  return [m.colStep, ...path(m.tablePlain), ...path(m.clipped), m.colClipped];
}

export function tableRows(m: CliffText, plain: DescentPath, clipped: DescentPath): (string | number)[][] {
  // One row per update, plus the row of an update that broke down.
  const last = (path: DescentPath) => (path.nonFinite ? path.nonFinite.step + 1 : path.points.length);
  const n = Math.max(last(plain), last(clipped));
  const rows: (string | number)[][] = [];
  for (let k = 0; k < n; k++) {
    const p = plain.points[k];
    const c = clipped.points[k];
    const stopped = (path: DescentPath) => (path.nonFinite && path.nonFinite.step === k ? m.stopped : '—');
    rows.push([
      k,
      ...(p ? [p.w, p.b, p.loss, p.stepLength] : [stopped(plain), '', '', '']),
      ...(c ? [c.w, c.b, c.loss, c.stepLength, c.clipped ? m.yes : m.no] : [stopped(clipped), '', '', '', '']),
    ]);
  }
  return rows;
}
