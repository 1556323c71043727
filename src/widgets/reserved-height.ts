/**
 * The height a widget takes once drawn, so that its placeholder can reserve it and
 * nothing moves when the widget streams in. Measured from the built site at a phone
 * and a desktop width (`node scripts/measure-widget-heights.mjs`, checked by
 * tests/e2e/widget-loading.spec.ts); charts scale with the width, so the height is
 * taken as linear in it: `base + perWidth × width`, which CSS computes from the
 * placeholder's own width (a percentage padding is a share of the width).
 */
import measured from './reserved-heights.json';

/** Per widget, [width, height] pairs in pixels, narrowest first. */
const table: Record<string, readonly (readonly number[])[]> = measured;

/** Where nothing was measured yet: a typical widget. */
const FALLBACK = { base: 360, perWidth: 0 };

export function reservedHeight(name: string): { base: number; perWidth: number } {
  const samples = table[name];
  if (!samples || samples.length === 0) return FALLBACK;
  if (samples.length === 1 || samples[0][0] === samples[samples.length - 1][0]) return { base: samples[0][1], perWidth: 0 };
  const [[w0, h0], [w1, h1]] = [samples[0], samples[samples.length - 1]];
  const perWidth = (h1 - h0) / (w1 - w0);
  return { base: h0 - perWidth * w0, perWidth };
}

/** The placeholder's CSS padding that makes its height `base + perWidth × its width`. */
export function reservedPadding(name: string): string {
  const { base, perWidth } = reservedHeight(name);
  return `max(0px, calc(${base.toFixed(1)}px + ${(perWidth * 100).toFixed(3)}%))`;
}
