/**
 * Teacher forcing versus free running, for a pretrained language model and a text
 * ids[0..T] (ids[0] the start token). At every step t the model predicts the true
 * next token ids[t+1] and is charged J(t) = −log ŷ(t)[ids[t+1]]; what differs is the
 * input x(t):
 *   teacher forcing  x(t) = ids[t]                       (the true text)
 *   free running     x(t) = argmax ŷ(t−1) once t ≥ given  (its own previous prediction)
 * An injected mistake replaces the input at one step in either mode.
 */
import { LmStepper, crossEntropyOfLogits } from './lm-stepper';
import type { CellKind, ParamSet } from './params';

/** A wrong input forced at one step (0-based; step 0 reads the start token). */
export interface Mistake {
  step: number;
  token: number;
}

export interface FedRun {
  /** x(t) actually fed, length T. */
  inputs: number[];
  /** argmax ŷ(t), length T. */
  predictions: number[];
  /** J(t) of the true next token ids[t+1], length T. */
  losses: Float64Array;
}

function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < v.length; k++) if (v[k] > v[best]) best = k;
  return best;
}

/** One pass; `inputAt(t, previousPrediction)` picks x(t) (previousPrediction is −1 at t = 0). */
function runFed(params: ParamSet, cell: CellKind, ids: readonly number[], inputAt: (t: number, prev: number) => number): FedRun {
  const stepper = new LmStepper(params, cell);
  const T = Math.max(0, ids.length - 1);
  const inputs: number[] = [], predictions: number[] = [];
  const losses = new Float64Array(T);
  for (let t = 0; t < T; t++) {
    const x = inputAt(t, t > 0 ? predictions[t - 1] : -1);
    const { logits } = stepper.feed(x);
    inputs.push(x);
    predictions.push(argmax(logits));
    losses[t] = crossEntropyOfLogits(logits, ids[t + 1]);
  }
  return { inputs, predictions, losses };
}

const withMistake = (mistake: Mistake | null, t: number, x: number) => (mistake && mistake.step === t ? mistake.token : x);

/** Teacher forcing: the true token is the input at every step (but the mistake's). */
export function runTeacherForced(params: ParamSet, cell: CellKind, ids: readonly number[], mistake: Mistake | null = null): FedRun {
  return runFed(params, cell, ids, (t) => withMistake(mistake, t, ids[t]));
}

/**
 * Free running: the true tokens for steps 0..given−1 (given ≥ 1: at least the start
 * token), then the model's own argmax prediction of the step before (but the mistake's).
 */
export function runFreeRunning(params: ParamSet, cell: CellKind, ids: readonly number[], given: number, mistake: Mistake | null = null): FedRun {
  const g = Math.max(1, given);
  return runFed(params, cell, ids, (t, prev) => withMistake(mistake, t, t < g ? ids[t] : prev));
}

/** First step whose input is not the true token (−1 if none): where the run leaves the text. */
export function firstDeparture(run: FedRun, ids: readonly number[]): number {
  return run.inputs.findIndex((x, t) => x !== ids[t]);
}

export function meanLoss(losses: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < losses.length; k++) s += losses[k];
  return losses.length ? s / losses.length : NaN;
}
