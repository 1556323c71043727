/**
 * What the widget has measured: the first run's steps and, after a replay, the
 * branch's. Pure functions fold the worker's progress in, so they are testable.
 */
import type { ExplodingProgress } from '../../worker/tasks/exploding-run';
import type { LineKind } from './schema';

export type RunStatus = 'idle' | 'running' | 'paused' | 'blown' | 'finished';

export interface ExplodingResults {
  status: RunStatus;
  main: ExplodingProgress[];
  /** The replay: its steps from the step it restarted at (null until replayed). */
  branch: ExplodingProgress[] | null;
  /** The line new steps go to. */
  active: LineKind;
  error: string | null;
}

export const emptyRun = (): ExplodingResults => ({ status: 'idle', main: [], branch: null, active: 'main', error: null });

/** Appends a step to the active line (dropping steps it replaces after a rewind). */
export function applyStep(results: ExplodingResults, p: ExplodingProgress): Partial<ExplodingResults> {
  const line = (results.active === 'main' ? results.main : results.branch) ?? [];
  const next = [...line.filter((s) => s.step < p.step), p];
  return results.active === 'main' ? { main: next } : { branch: next };
}

/** Starts (or restarts) the branch at `from`: steps before it stay if they were the branch's own. */
export function startReplay(results: ExplodingResults, from: number): Partial<ExplodingResults> {
  const kept = results.active === 'branch' && results.branch ? results.branch.filter((s) => s.step < from) : [];
  return { branch: kept, active: 'branch', status: 'running', error: null };
}

/** The non-finite step that ended a line, if any. */
export function blowUpOf(line: readonly ExplodingProgress[] | null): ExplodingProgress | undefined {
  const last = line?.at(-1);
  return last?.nonFinite ? last : undefined;
}

/** The line the controls act on and its blow-up. */
export function activeLine(results: ExplodingResults): ExplodingProgress[] {
  return (results.active === 'main' ? results.main : results.branch) ?? [];
}
