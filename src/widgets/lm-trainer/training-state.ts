/** What the LM trainer has measured so far (plain numbers, folded in from worker progress). */
import type { LmTrainPoint } from '../../worker/tasks/lm-train';
import type { LoadingProgress } from '../../worker/tasks/lm-assets';

export type TrainStatus = 'idle' | 'loading' | 'running' | 'paused';

export interface TrainResults {
  status: TrainStatus;
  /** How far the corpus and weights have arrived (worded at render, in the reader's language). */
  loading: LoadingProgress | null;
  error: string | null;
  /** Training loss per step: [step, loss]. */
  train: [number, number][];
  /** Held-out loss when measured: [step, loss]. */
  heldOut: [number, number][];
  latest: LmTrainPoint | null;
}

export const emptyTraining = (): TrainResults => ({ status: 'idle', loading: null, error: null, train: [], heldOut: [], latest: null });

/** Folds one progress point in (pure, testable). */
export function applyPoint(r: TrainResults, p: LmTrainPoint): Pick<TrainResults, 'train' | 'heldOut' | 'latest' | 'loading'> {
  const train = p.loss !== null && r.train.at(-1)?.[0] !== p.step ? [...r.train, [p.step, p.loss] as [number, number]] : r.train;
  const heldOut = p.heldOutLoss !== null && r.heldOut.at(-1)?.[0] !== p.step ? [...r.heldOut, [p.step, p.heldOutLoss] as [number, number]] : r.heldOut;
  return { train, heldOut, latest: { ...p, charsPerSecond: p.charsPerSecond ?? r.latest?.charsPerSecond ?? null }, loading: null };
}

/** A running mean over the last `window` training losses (single batches are noisy). */
export function smooth(points: [number, number][], window = 10): [number, number][] {
  let sum = 0;
  return points.map(([step, loss], k) => {
    sum += loss;
    if (k >= window) sum -= points[k - window][1];
    return [step, sum / Math.min(k + 1, window)];
  });
}
