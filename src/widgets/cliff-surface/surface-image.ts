/**
 * The loss surface as pictures: a viridis image of log₁₀ E over the plotted region
 * (drawn once into a canvas, handed to SVG as a data URL) and contour lines of
 * log₁₀ E from d3.contours. Where the contours bunch into one line is the cliff.
 */
import { color, contours, geoPath, geoTransform, type ScaleLinear } from 'd3';
import { lossGrid, type LossGrid } from '../../core/cliff';
import { magnitudeColour } from '../../viz/scales';
import { W_EXTENT, B_EXTENT } from './schema';

/** Grid points per side: about 3 CSS pixels per cell on a laptop-width chart. */
export const GRID_SIZE = 200;
/** Loss range of the colour scale (values outside are drawn at the ends). */
export const LOSS_DOMAIN: [number, number] = [1e-3, 1e2];
/** Contour levels of log₁₀ E, every quarter decade. */
const LEVELS = Array.from({ length: 21 }, (_, k) => -3 + k * 0.25);

let cached: { grid: LossGrid; image: string | null } | null = null;

/** The grid of the page's setup over the plotted region (computed once per page). */
export function surfaceGrid(): LossGrid {
  if (!cached) cached = { grid: lossGrid(W_EXTENT, B_EXTENT, GRID_SIZE, GRID_SIZE), image: null };
  return cached.grid;
}

export const lossColour = magnitudeColour(LOSS_DOMAIN);

/** A PNG data URL of the grid, b.max on the top row; null where there is no canvas (tests). */
export function surfaceImage(): string | null {
  const grid = surfaceGrid();
  if (cached!.image) return cached!.image;
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
      // NaN/∞ cells (none in this region, but never silent): drawn red.
      const rgb = Number.isFinite(v) ? parseRgb(lossColour(Math.max(v, LOSS_DOMAIN[0]))) : [193, 18, 31];
      const k = ((grid.nb - 1 - j) * grid.nw + i) * 4;
      img.data[k] = rgb[0];
      img.data[k + 1] = rgb[1];
      img.data[k + 2] = rgb[2];
      img.data[k + 3] = 255;
    }
  }
  ctx.putImageData(img, 0, 0);
  cached!.image = canvas.toDataURL('image/png');
  return cached!.image;
}

function parseRgb(css: string): [number, number, number] {
  const c = color(css)?.rgb();
  return c ? [Math.round(c.r), Math.round(c.g), Math.round(c.b)] : [0, 0, 0];
}

/** SVG path strings of the contour lines, in the pixels of the given scales. */
export function contourPaths(x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): { level: number; d: string }[] {
  const grid = surfaceGrid();
  const logs = Array.from(grid.values, (v) => Math.log10(Math.max(v, 1e-12)));
  const dw = (grid.w.max - grid.w.min) / (grid.nw - 1);
  const db = (grid.b.max - grid.b.min) / (grid.nb - 1);
  // d3.contours puts value i at the centre of cell [i, i+1]: shift by half a cell.
  const project = geoTransform({
    point(gx, gy) {
      this.stream.point(x(grid.w.min + (gx - 0.5) * dw), y(grid.b.min + (gy - 0.5) * db));
    },
  });
  const path = geoPath(project);
  return contours().size([grid.nw, grid.nb]).thresholds(LEVELS)(logs).map((c) => ({ level: c.value, d: path(c) ?? '' }));
}
