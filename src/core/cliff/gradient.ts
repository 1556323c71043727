/**
 * The exact gradient of E(w, b) = (x(T) − target)² by backpropagation through time.
 *
 * With s(t) = σ(x(t)) and δ(t) = ∂E/∂x(t):
 *   δ(T)   = 2 (x(T) − target)
 *   ∂E/∂w  = Σ_{t=1..T} δ(t) · s(t−1)
 *   ∂E/∂b  = Σ_{t=1..T} δ(t)
 *   δ(t−1) = δ(t) · w · σ'(x(t−1))      (the one-step Jacobian, chained back)
 */
import { activate, activateDerivative, forward, PASCANU_SETUP, type CliffSetup } from './model';

export interface LossAndGradient {
  loss: number;
  /** ∂E/∂w. */
  dw: number;
  /** ∂E/∂b. */
  db: number;
  /** The final state x(T). */
  xT: number;
}

export function lossAndGradient(w: number, b: number, setup: CliffSetup = PASCANU_SETUP): LossAndGradient {
  const xs = forward(w, b, setup);
  const T = setup.steps;
  const xT = xs[T];
  const err = xT - setup.target;
  let delta = 2 * err;
  let dw = 0;
  let db = 0;
  for (let t = T; t >= 1; t--) {
    dw += delta * activate(setup.activation, xs[t - 1]);
    db += delta;
    delta *= w * activateDerivative(setup.activation, xs[t - 1]);
  }
  return { loss: err * err, dw, db, xT };
}

/** The Euclidean norm of a gradient (w and b together: the global norm). */
export function gradientNorm(dw: number, db: number): number {
  return Math.hypot(dw, db);
}
