/**
 * Where a blow-up began. A loss seldom turns NaN out of the blue: one step's gradient
 * jumps far above its usual size, its update throws the weights somewhere bad, the
 * next gradient is larger still, and within a step or two the numbers overflow.
 * Replaying with clipping must start before the first of those steps, not merely one
 * step before the NaN (by then the weights are already wrecked).
 */

/** A gradient norm at least this many times the run's median counts as a spike. */
export const SPIKE_FACTOR = 10;
/** A norm this many times the previous step's means the climb was still under way. */
export const CLIMB_FACTOR = 3;

export function median(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return NaN;
  const mid = finite.length >> 1;
  return finite.length % 2 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2;
}

/**
 * The first step of the final climb before the non-finite step: walking back from
 * step N − 1, a step belongs to the climb while it was a spike (≥ SPIKE_FACTOR × the
 * median norm) or the norm of the step after it was ≥ CLIMB_FACTOR × its own.
 * @param gradNorms ‖∂J/∂θ‖ of steps 1, 2, … (index i is step i + 1), up to and including step `nonFiniteStep`
 * @param nonFiniteStep N, the first step whose loss or gradient was NaN or ±Inf (1-based)
 * @param earliest the oldest step that can still be rewound to (snapshots are limited)
 * @returns a step in [max(1, earliest), N]: N − 1 when no spike precedes the NaN, N when N = 1
 */
export function blowUpStart(gradNorms: readonly number[], nonFiniteStep: number, earliest = 1): number {
  const N = nonFiniteStep;
  if (N <= 1) return 1;
  const floor = Math.max(1, earliest);
  const typical = median(gradNorms.slice(0, N - 1));
  const g = (step: number) => gradNorms[step - 1];
  const isSpike = (step: number) => !Number.isFinite(g(step)) || g(step) >= SPIKE_FACTOR * typical;
  const climbsAfter = (step: number) => !Number.isFinite(g(step + 1)) || g(step + 1) >= CLIMB_FACTOR * g(step);
  let start = N - 1;
  while (start - 1 >= floor && (isSpike(start - 1) || climbsAfter(start - 1))) start--;
  return Math.max(floor, Math.min(start, N - 1));
}
