/**
 * Worker task: a pinned run of chapter 1's trainer, recomputed from its settings: a
 * session of its own (the live one is left alone) trained for the pinned number of
 * steps, with the held-out loss where the live run measures it (at the start and
 * every 10 steps). Seeded, so it retraces the run that was pinned.
 */
import type { Task } from '../protocol';
import type { CellKind } from '../../core/params';
import { workerCorpus, workerWeights } from './lm-assets';
import { HELD_OUT_EVERY_STEPS, trainerSession } from './lm-train';

export interface LmPinJob {
  baseUrl: string;
  cell: CellKind;
  init: 'pretrained' | 'scratch';
  seed: number;
  batch: number;
  steps: number;
}

export interface LmPinCurves {
  /** [step, training loss] of every step. */
  train: [number, number][];
  /** [step, held-out loss]. */
  heldOut: [number, number][];
}

export const lmPinTask: Task = async (payload, context) => {
  const p = payload as LmPinJob;
  const corpus = await workerCorpus(p.baseUrl, () => undefined);
  const weights = p.init === 'pretrained' ? await workerWeights(p.baseUrl, p.cell, () => undefined) : null;
  const s = trainerSession(p, corpus, weights);
  const curves: LmPinCurves = { train: [], heldOut: [[s.step, s.heldOutLoss()]] };
  try {
    while (s.step < p.steps) {
      const r = s.trainStep();
      curves.train.push([r.step, r.loss]);
      if (r.step % HELD_OUT_EVERY_STEPS === 0) curves.heldOut.push([r.step, s.heldOutLoss()]);
      await context.yieldToEvents();
      if (context.cancelled()) return { result: null };
    }
  } finally {
    s.dispose();
  }
  return { result: curves };
};
