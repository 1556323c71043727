/**
 * The one-hidden-unit RNN of Pascanu, Mikolov & Bengio (2013), §3.3 / Fig. 6:
 *
 *   x(t) = w · σ(x(t−1)) + b,   t = 1 … T,   x(0) given, no input,
 *   E(w, b) = (x(T) − target)²   (a loss on the last state only).
 *
 * Plain float64 maths: no DOM, React, d3 or tfjs. The widget, the tests and any
 * script import the same functions.
 */

export type Activation = 'sigmoid' | 'tanh';

/** Everything that fixes the loss surface apart from the two parameters (w, b). */
export interface CliffSetup {
  /** σ in x(t) = w σ(x(t−1)) + b. */
  activation: Activation;
  /** Initial state x(0). */
  x0: number;
  /** Number of recurrent steps T (the loss is on x(T)). */
  steps: number;
  /** The value x(T) should reach. */
  target: number;
}

/** The setup used on the page: logistic σ, x(0) = 0.5, T = 50, target 0.7. */
export const PASCANU_SETUP: Readonly<CliffSetup> = { activation: 'sigmoid', x0: 0.5, steps: 50, target: 0.7 };

/** σ(x). */
export function activate(kind: Activation, x: number): number {
  return kind === 'tanh' ? Math.tanh(x) : 1 / (1 + Math.exp(-x));
}

/** σ'(x), written so it stays finite for huge |x| (it underflows to 0, never NaN). */
export function activateDerivative(kind: Activation, x: number): number {
  if (kind === 'tanh') {
    const t = Math.tanh(x);
    return 1 - t * t;
  }
  const s = 1 / (1 + Math.exp(-x));
  return s * (1 - s);
}

/** The states x(0) … x(T), length T + 1. Non-finite values propagate as they are. */
export function forward(w: number, b: number, setup: CliffSetup = PASCANU_SETUP): Float64Array {
  const xs = new Float64Array(setup.steps + 1);
  xs[0] = setup.x0;
  for (let t = 1; t <= setup.steps; t++) xs[t] = w * activate(setup.activation, xs[t - 1]) + b;
  return xs;
}

/** E(w, b) = (x(T) − target)². */
export function loss(w: number, b: number, setup: CliffSetup = PASCANU_SETUP): number {
  let x = setup.x0;
  for (let t = 1; t <= setup.steps; t++) x = w * activate(setup.activation, x) + b;
  const e = x - setup.target;
  return e * e;
}

/**
 * Where the cliff runs. For each w, the bias at which x(0) is itself a fixed point
 * of x ↦ w σ(x) + b, i.e. b = x(0) − w σ(x(0)). When that fixed point is unstable
 * (|w σ'(x(0))| > 1) a start just above it and one just below it are pushed apart
 * for T steps and settle on different attractors: x(T), and with it the loss,
 * jumps across this line. Returns null where the fixed point is stable (no cliff).
 */
export function cliffBias(w: number, setup: CliffSetup = PASCANU_SETUP): number | null {
  if (Math.abs(w * activateDerivative(setup.activation, setup.x0)) <= 1) return null;
  return setup.x0 - w * activate(setup.activation, setup.x0);
}
