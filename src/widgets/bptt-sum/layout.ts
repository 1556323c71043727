/** The shared horizontal layout of the two panels: one column per step, the totals on the right. */
export interface ColumnLayout {
  /** Left edge of the step columns (room for the y axes). */
  left: number;
  /** Width of one step's column. */
  column: number;
  /** x of the totals' area. */
  totals: number;
  /** Width of one total bar. */
  totalBar: number;
  width: number;
}

export function columnLayout(width: number, steps: number): ColumnLayout {
  const narrow = width < 520;
  const left = narrow ? 40 : 58;
  const totalsWidth = narrow ? 74 : 120;
  const column = Math.max(1, (width - left - totalsWidth - 6) / Math.max(1, steps));
  return { left, column, totals: left + column * steps + 10, totalBar: narrow ? 26 : 40, width };
}

/** x of the left edge of step t's column (0-based). */
export const columnX = (l: ColumnLayout, t: number) => l.left + t * l.column;

/** Label every n-th step so labels do not collide (≥ 6.5 px per label). */
export function labelEvery(l: ColumnLayout): number {
  return Math.max(1, Math.ceil(6.5 / l.column));
}
