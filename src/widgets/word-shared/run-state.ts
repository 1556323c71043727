/** What a side-by-side training run has measured so far, per model (pure folds, testable). */
import type { WordTrainProgress, WordReadResult } from '../../worker/tasks/word-run';

export interface ModelRun {
  step: number;
  /** Latest batch loss (smoothed). */
  loss: number;
  /** Latest held-out accuracy. */
  accuracy: number;
  testLoss: number;
  /** Held-out accuracy on the focus tokens (taggers), NaN if none. */
  focusAccuracy: number;
  /** Held-out accuracy at each evaluation. */
  curve: { step: number; accuracy: number; loss: number; focus: number; prefix: number }[];
}

export type RunStatus = 'idle' | 'running' | 'stopped' | 'finished';

export interface WordRunResults {
  status: RunStatus;
  runs: Record<string, ModelRun>;
  error: string | null;
  /** The typed sentence as each model read it (null before the first training step). */
  reading: WordReadResult | null;
  /** The ids the reading was made for (so a stale reading is never shown for new text). */
  readingFor: string;
}

export const emptyWordRun = (): WordRunResults => ({ status: 'idle', runs: {}, error: null, reading: null, readingFor: '' });

export function applyWordProgress(runs: Record<string, ModelRun>, p: WordTrainProgress): Record<string, ModelRun> {
  const prev = runs[p.key] ?? { step: 0, loss: NaN, accuracy: NaN, testLoss: NaN, focusAccuracy: NaN, curve: [] };
  const loss = Number.isFinite(p.loss) ? (Number.isFinite(prev.loss) ? 0.8 * prev.loss + 0.2 * p.loss : p.loss) : prev.loss;
  const next: ModelRun = { ...prev, step: p.step, loss };
  if (p.accuracy !== undefined) {
    next.accuracy = p.accuracy;
    next.testLoss = p.testLoss ?? NaN;
    next.focusAccuracy = p.focusAccuracy ?? NaN;
    next.curve = [...prev.curve, { step: p.step, accuracy: p.accuracy, loss: p.testLoss ?? NaN, focus: p.focusAccuracy ?? NaN, prefix: p.prefixLoss ?? NaN }];
  }
  return { ...runs, [p.key]: next };
}
