/**
 * Paints a time × unit grid into a canvas at one pixel per cell (the browser scales it
 * up with crisp edges): tens of thousands of cells in a few milliseconds.
 */
import { color } from 'd3';

/** 256 RGB entries sampling `colour` over [lo, hi]. */
export function colourTable(colour: (v: number) => string, lo: number, hi: number): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(256 * 3);
  for (let k = 0; k < 256; k++) {
    const c = color(colour(lo + ((hi - lo) * k) / 255))?.rgb();
    lut[k * 3] = c?.r ?? 0;
    lut[k * 3 + 1] = c?.g ?? 0;
    lut[k * 3 + 2] = c?.b ?? 0;
  }
  return lut;
}

/**
 * @param values row-major [T][H]
 * @param units the units to draw, one canvas row each, in this order
 * NaN and ±Inf are painted black, so they are never a silent blank.
 */
export function paintHeatmap(
  canvas: HTMLCanvasElement, values: Float32Array, T: number, H: number, units: readonly number[],
  lut: Uint8ClampedArray, lo: number, hi: number,
): void {
  const rows = units.length;
  canvas.width = Math.max(1, T);
  canvas.height = Math.max(1, rows);
  const ctx = canvas.getContext('2d');
  if (!ctx || T === 0 || rows === 0) return;
  const image = ctx.createImageData(T, rows);
  const px = image.data;
  const span = hi - lo || 1;
  for (let r = 0; r < rows; r++) {
    const u = units[r];
    for (let t = 0; t < T; t++) {
      const v = values[t * H + u];
      const at = (r * T + t) * 4;
      if (!Number.isFinite(v)) {
        px[at + 3] = 255;
        continue;
      }
      const k = Math.max(0, Math.min(255, Math.round(((v - lo) / span) * 255))) * 3;
      px[at] = lut[k];
      px[at + 1] = lut[k + 1];
      px[at + 2] = lut[k + 2];
      px[at + 3] = 255;
    }
  }
  ctx.putImageData(image, 0, 0);
}
