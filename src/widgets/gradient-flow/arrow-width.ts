/**
 * Arrow width for a gradient magnitude, log-mapped relative to the gradient at the
 * last step: each factor of 10 changes the width by a fixed amount, so vanishing
 * thins the arrows steadily, exploding thickens them, and tiny values stay visible.
 */
export const BASE_WIDTH = 6;
export const PX_PER_DECADE = 1.5;
export const MIN_WIDTH = 0.75;
export const MAX_WIDTH = 18;

export function arrowWidth(magnitude: number, reference: number): number {
  if (!(magnitude > 0) || !(reference > 0) || !Number.isFinite(magnitude)) return MIN_WIDTH;
  const w = BASE_WIDTH + PX_PER_DECADE * Math.log10(magnitude / reference);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w));
}
