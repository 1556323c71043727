/**
 * The three runs the widget compares, and what the sentence reports about them.
 * Main thread: three forward passes over ≤ 80 characters; the clean teacher-forced
 * run is memoised apart, since only the mistake and the start of free running change
 * when the reader clicks.
 */
import { firstDeparture, meanLoss, runFreeRunning, runTeacherForced, type FedRun, type Mistake } from '../../core/teacher-forcing';
import type { CellKind, ParamSet } from '../../core/params';

export interface Comparison {
  /** ‹start› + text. */
  ids: number[];
  clean: FedRun;
  /** Teacher forcing with the mistake (the clean run when there is none). */
  forced: FedRun;
  free: FedRun;
  /** 0-based step from which free running feeds itself. */
  from: number;
  mistake: Mistake | null;
}

export function compare(params: ParamSet, cell: CellKind, ids: number[], clean: FedRun, from: number, mistake: Mistake | null): Comparison {
  const forced = mistake ? runTeacherForced(params, cell, ids, mistake) : clean;
  return { ids, clean, forced, free: runFreeRunning(params, cell, ids, from, mistake), from, mistake };
}

/**
 * First step (0-based) from which the teacher-forced loss with the mistake stays within
 * `tolerance` nats of the clean loss to the end; −1 if it never settles.
 */
export function recoveryStep(c: Comparison, tolerance = 0.1): number {
  if (!c.mistake) return -1;
  const T = c.clean.losses.length;
  let r = T;
  for (let t = T - 1; t > c.mistake.step; t--) {
    if (Math.abs(c.forced.losses[t] - c.clean.losses[t]) >= tolerance) break;
    r = t;
  }
  return r < T ? r : -1;
}

/** Of the inputs free running feeds from its departure on, how many match the text. */
export function matchesAfterDeparture(c: Comparison): { departure: number; matches: number; count: number } {
  const departure = firstDeparture(c.free, c.ids);
  if (departure < 0) return { departure, matches: 0, count: 0 };
  let matches = 0;
  for (let t = departure + 1; t < c.free.inputs.length; t++) if (c.free.inputs[t] === c.ids[t]) matches++;
  return { departure, matches, count: c.free.inputs.length - departure - 1 };
}

export { meanLoss };
