/** One forward pass over ‹start› + text with every step's values kept (main thread: well under a frame at this length). */
import type { CellKind, ParamSet } from '../../core/params';
import { LmStepper, crossEntropyOfLogits, softmax, type StepValues } from '../../core/lm-stepper';

export interface StepRecord extends StepValues {
  input: number;
  target: number;
  probs: Float64Array;
  /** J(t) = −log ŷ(t)[x(t+1)]. */
  loss: number;
}

/** Steps over ids[0..n−2] predicting ids[1..n−1]. */
export function runSteps(params: ParamSet, cell: CellKind, ids: number[]): StepRecord[] {
  const stepper = new LmStepper(params, cell);
  const out: StepRecord[] = [];
  for (let t = 0; t + 1 < ids.length; t++) {
    const v = stepper.feed(ids[t]);
    out.push({ ...v, input: ids[t], target: ids[t + 1], probs: softmax(v.logits), loss: crossEntropyOfLogits(v.logits, ids[t + 1]) });
  }
  return out;
}
