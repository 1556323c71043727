/**
 * Worker task: the long-lag recall experiment for one cell over a list of lags,
 * streaming progress (throttled) so the page can chart accuracy against the lag.
 */
import type { Task } from '../protocol';
import { runLagExperiment, type LagProgress } from '../../core/experiments/long-lag';
import type { CellKind } from '../../core/params';

export interface LagSweepPayload {
  cell: CellKind;
  lags: number[];
  steps: number;
  seed: number;
  forgetBias: number;
}

export interface LagSweepProgress extends LagProgress {
  lag: number;
}

export interface LagSweepResult {
  cell: CellKind;
  /** Final held-out accuracy for each lag, in the order asked. */
  accuracies: number[];
}

const REPORT_EVERY_MS = 120;

export const lagSweepTask: Task = async (payload, context) => {
  const { cell, lags, steps, seed, forgetBias } = payload as LagSweepPayload;
  const accuracies: number[] = [];
  for (const lag of lags) {
    let lastReport = 0;
    let final = 0;
    for (const progress of runLagExperiment({ cell, lag, steps, seed, forgetBias })) {
      final = progress.accuracy;
      const now = Date.now();
      if (progress.evaluated || progress.done || now - lastReport > REPORT_EVERY_MS) {
        context.progress({ ...progress, lag } satisfies LagSweepProgress);
        lastReport = now;
        // Let a 'cancel' message in before the next step.
        await context.yieldToEvents();
        if (context.cancelled()) return { result: null };
      }
    }
    accuracies.push(final);
  }
  return { result: { cell, accuracies } satisfies LagSweepResult };
};
