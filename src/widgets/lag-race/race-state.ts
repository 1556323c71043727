/** What the lag race has measured so far: per cell, per lag, the latest progress. */
import type { CellKind } from '../../core/params';
import type { LagSweepProgress } from '../../worker/tasks/lag-sweep';

export interface LagRun {
  accuracy: number;
  step: number;
  elapsedMs: number;
  done: boolean;
  /** Held-out accuracy at each evaluation, for the learning curve. */
  curve: number[];
}

export type RaceStatus = 'idle' | 'running' | 'stopped' | 'finished';

export interface RaceResults {
  status: RaceStatus;
  runs: Record<CellKind, Record<number, LagRun>>;
  /** What went wrong (worker crash, core error), shown to the reader. */
  error: string | null;
}

export const emptyRace = (): RaceResults => ({ status: 'idle', runs: { rnn: {}, lstm: {} }, error: null });

/** Folds one progress message into the runs (pure, so it is testable). */
export function applyProgress(runs: RaceResults['runs'], cell: CellKind, p: LagSweepProgress): RaceResults['runs'] {
  const previous = runs[cell][p.lag];
  const curve = p.evaluated ? [...(previous?.curve ?? []), p.accuracy] : previous?.curve ?? [];
  return { ...runs, [cell]: { ...runs[cell], [p.lag]: { accuracy: p.accuracy, step: p.step, elapsedMs: p.elapsedMs, done: p.done, curve } } };
}

/** Lags a cell still has to train, in order. */
export function remainingLags(runs: RaceResults['runs'], cell: CellKind, lags: readonly number[]): number[] {
  return lags.filter((lag) => !runs[cell][lag]?.done);
}
