/** The loss E(w, b) on a regular grid, for drawing the surface. */
import { loss, PASCANU_SETUP, type CliffSetup } from './model';

export interface Extent {
  min: number;
  max: number;
}

export interface LossGrid {
  /** Grid points along w (columns) and b (rows). */
  nw: number;
  nb: number;
  w: Extent;
  b: Extent;
  /** Row-major, row j = b value j (b.min at j = 0), column i = w value i (w.min at i = 0). */
  values: Float64Array;
}

/** The parameter value of grid index i of n over an extent (end points included). */
export function gridValue(extent: Extent, i: number, n: number): number {
  return n === 1 ? extent.min : extent.min + ((extent.max - extent.min) * i) / (n - 1);
}

export function lossGrid(w: Extent, b: Extent, nw: number, nb: number, setup: CliffSetup = PASCANU_SETUP): LossGrid {
  const grid = emptyLossGrid(w, b, nw, nb);
  fillLossRows(grid, 0, nb, setup);
  return grid;
}

/** A grid whose values are not computed yet (NaN), to fill a few rows at a time. */
export function emptyLossGrid(w: Extent, b: Extent, nw: number, nb: number): LossGrid {
  return { nw, nb, w, b, values: new Float64Array(nw * nb).fill(NaN) };
}

/** Computes rows j0 … j1−1 of a grid in place (so a page can spread the work over frames). */
export function fillLossRows(grid: LossGrid, j0: number, j1: number, setup: CliffSetup = PASCANU_SETUP): void {
  const { nw, nb, w, b, values } = grid;
  for (let j = j0; j < Math.min(j1, nb); j++) {
    const bv = gridValue(b, j, nb);
    for (let i = 0; i < nw; i++) values[j * nw + i] = loss(gridValue(w, i, nw), bv, setup);
  }
}
