/**
 * The loss surface as pictures: a viridis image of log₁₀ E over the plotted region
 * (drawn into a canvas, handed to SVG as a data URL) and contour lines of log₁₀ E
 * from d3.contours; where the contours crowd into one edge is the cliff. The grid
 * takes ~100 ms to compute, so it is computed in slices of a few milliseconds
 * between frames, once per page, and shared by every mount.
 */
import { color, contours, geoPath, geoTransform, type ContourMultiPolygon, type ScaleLinear } from 'd3';
import { emptyLossGrid, fillLossRows, type LossGrid } from '../../core/cliff';
import { magnitudeColour } from '../../viz/scales';
import { W_EXTENT, B_EXTENT } from './schema';

/** Grid points per side: about 3 CSS pixels per cell on a laptop-width chart. */
export const GRID_SIZE = 200;
/** Loss range of the colour scale (values outside are drawn at the ends). */
export const LOSS_DOMAIN: [number, number] = [1e-3, 1e2];
/** Contour levels of log₁₀ E, every quarter decade. */
const LEVELS = Array.from({ length: 21 }, (_, k) => -3 + k * 0.25);
/** Work per slice before yielding to the page. */
const SLICE_MS = 8;

export const lossColour = magnitudeColour(LOSS_DOMAIN);

export interface Surface {
  grid: LossGrid;
  /** PNG data URL, b.max on the top row; null where there is no canvas. */
  image: string | null;
  /** Contours in grid coordinates (project with contourPath). */
  contours: ContourMultiPolygon[];
}

let pending: Promise<Surface> | null = null;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The surface of the page's setup over the plotted region (computed once per page). */
export function loadSurface(): Promise<Surface> {
  if (!pending) pending = compute();
  return pending;
}

async function compute(): Promise<Surface> {
  const grid = emptyLossGrid(W_EXTENT, B_EXTENT, GRID_SIZE, GRID_SIZE);
  for (let j = 0; j < grid.nb; ) {
    const t0 = performance.now();
    while (j < grid.nb && performance.now() - t0 < SLICE_MS) {
      fillLossRows(grid, j, j + 1);
      j++;
    }
    await pause();
  }
  const logs = Array.from(grid.values, (v) => Math.log10(Math.max(v, 1e-12)));
  const maker = contours().size([grid.nw, grid.nb]);
  const lines: ContourMultiPolygon[] = [];
  for (const level of LEVELS) {
    lines.push(maker.contour(logs, level));
    await pause();
  }
  return { grid, image: paint(grid), contours: lines };
}

function paint(grid: LossGrid): string | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = grid.nw;
  canvas.height = grid.nb;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const img = ctx.createImageData(grid.nw, grid.nb);
  for (let j = 0; j < grid.nb; j++) {
    for (let i = 0; i < grid.nw; i++) {
      const v = grid.values[j * grid.nw + i];
      // NaN/∞ cells (none in this region, but never silent) are drawn red.
      const c = Number.isFinite(v) ? color(lossColour(Math.max(v, LOSS_DOMAIN[0])))?.rgb() : null;
      const k = ((grid.nb - 1 - j) * grid.nw + i) * 4;
      img.data.set(c ? [c.r, c.g, c.b, 255] : [193, 18, 31, 255], k);
    }
  }
  ctx.putImageData(img, 0, 0);
  return canvas.toDataURL('image/png');
}

/** SVG path strings of the contour lines, in the pixels of the given scales. */
export function contourPaths(surface: Surface, x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): { level: number; d: string }[] {
  const { grid } = surface;
  const dw = (grid.w.max - grid.w.min) / (grid.nw - 1);
  const db = (grid.b.max - grid.b.min) / (grid.nb - 1);
  // d3.contours puts value i at the centre of cell [i, i+1]: shift by half a cell.
  const project = geoTransform({
    point(gx, gy) {
      this.stream.point(x(grid.w.min + (gx - 0.5) * dw), y(grid.b.min + (gy - 0.5) * db));
    },
  });
  const path = geoPath(project);
  return surface.contours.map((c) => ({ level: c.value, d: path(c) ?? '' }));
}
