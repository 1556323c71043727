/**
 * The visual language's shared scales: one log scale for every gradient magnitude
 * (so charts that compare magnitudes agree), a diverging colour scheme centred on
 * 0 for hidden/cell values, a sequential one for magnitudes, and the concept
 * colours of the gates. All colour schemes are colour-blind safe.
 */
import { scaleLog, scaleSequentialLog, scaleDiverging, interpolateViridis, interpolatePuOr, format } from 'd3';

/** Gradient magnitudes below this are drawn at the floor (and exact zeros marked as such). */
export const GRAD_FLOOR = 1e-30;
export const GRAD_CEIL = 1e30;

/** The log axis for magnitudes, domain clipped to what the data spans (never beyond the floor/ceiling). */
export function magnitudeScale(values: ArrayLike<number>, range: [number, number]) {
  let lo = Infinity;
  let hi = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (Number.isFinite(v) && v > 0) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (!(hi > 0)) return scaleLog().domain([1e-6, 1]).range(range).clamp(true);
  lo = Math.max(GRAD_FLOOR, lo);
  hi = Math.min(GRAD_CEIL, hi);
  // Whole decades, at least two, so the axis reads as powers of ten.
  const d0 = Math.floor(Math.log10(lo));
  let d1 = Math.ceil(Math.log10(hi));
  if (d1 - d0 < 2) d1 = d0 + 2;
  return scaleLog().domain([10 ** d0, 10 ** d1]).range(range).clamp(true);
}

/** Colour for a magnitude on a fixed log domain (heatmaps of gradients). */
export function magnitudeColour(domain: [number, number]) {
  return scaleSequentialLog(interpolateViridis).domain(domain).clamp(true);
}

/** Colour for signed values centred on 0 (hidden states, cell states): purple < 0 < orange. */
export function signedColour(extent: number) {
  const e = extent > 0 && Number.isFinite(extent) ? extent : 1;
  return scaleDiverging((t: number) => interpolatePuOr(1 - t)).domain([-e, 0, e]).clamp(true);
}

/** Colour for values in [0, 1] (gate activations): white (closed) to the gate's own colour (open). */
export const GATE_COLOURS = {
  f: '#0072b2',
  i: '#009e73',
  o: '#d55e00',
  c: '#cc79a7',
  cell: '#7a5c00',
  hidden: '#56489a',
  grad: '#b8336a',
} as const;

const sci = format('.1e');
const fixed = format('.3~f');

/** A magnitude as a person reads it: 0.0123 → "0.0123", 1.2e-7 → "1.2e-7", NaN → "NaN". */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e4) return fixed(v).replace('-', '−');
  return sci(v).replace('e+', 'e').replace('-', '−');
}
