/**
 * Worker task: chapter 1's character language model, trained live. The session (model,
 * optimiser, data position) stays in the worker between jobs, so the page can pause
 * (cancel the job), take a single step, or continue; a reset or a change of model
 * settings starts a new session. Progress streams back, throttled.
 */
import type { Task, TaskContext } from '../protocol';
import { CharLmSession } from '../../core/experiments/char-lm';
import type { CellKind } from '../../core/params';
import { loadingMessage, workerCorpus, workerWeights, type LoadingProgress } from './lm-assets';

export interface LmTrainPayload {
  baseUrl: string;
  cell: CellKind;
  /** Start from the shipped pretrained weights or from a seeded initialisation. */
  init: 'pretrained' | 'scratch';
  seed: number;
  batch: number;
  /** run: train until cancelled; step: one update; reset: a fresh session, evaluated, no update. */
  command: 'run' | 'step' | 'reset';
}

export interface LmTrainPoint {
  phase: 'training';
  step: number;
  /** Training loss of this step's batch (nats per character); null before the first step. */
  loss: number | null;
  /** Held-out loss, when it was measured at this step. */
  heldOutLoss: number | null;
  chars: number;
  /** Characters per second over this job. */
  charsPerSecond: number | null;
  heldOutChars: number;
  /** Steps the shipped weights were trained for (pretrained start), else 0. */
  pretrainedSteps: number;
}

export type LmTrainProgress = LoadingProgress | LmTrainPoint;

export const HELD_OUT_EVERY_STEPS = 10;
const REPORT_EVERY_MS = 100;

let session: { key: string; value: CharLmSession; pretrainedSteps: number } | null = null;

/** The trainer's session for these settings (also what a pinned run is retrained with). */
export function trainerSession(p: Pick<LmTrainPayload, 'cell' | 'seed' | 'batch'>, corpus: Awaited<ReturnType<typeof workerCorpus>>,
  weights: Awaited<ReturnType<typeof workerWeights>> | null): CharLmSession {
  // Training on from the shipped weights continues at the rate their schedule ended with: the live
  // default would first undo the fine tuning of the decay.
  const finalRate = weights?.meta.finalLearningRate;
  return new CharLmSession(corpus, {
    cell: p.cell, seed: p.seed, batch: p.batch, params: weights?.params,
    learningRate: typeof finalRate === 'number' ? finalRate : undefined,
  });
}

async function ensureSession(p: LmTrainPayload, context: TaskContext): Promise<{ s: CharLmSession; pretrainedSteps: number; fresh: boolean }> {
  const key = `${p.cell}|${p.init}|${p.seed}|${p.batch}`;
  if (session && session.key === key && p.command !== 'reset') return { s: session.value, pretrainedSteps: session.pretrainedSteps, fresh: false };
  session?.value.dispose();
  session = null;
  const onProgress = (x: Parameters<typeof loadingMessage>[0]) => context.progress(loadingMessage(x));
  const corpus = await workerCorpus(p.baseUrl, onProgress);
  const weights = p.init === 'pretrained' ? await workerWeights(p.baseUrl, p.cell, onProgress) : null;
  const value = trainerSession(p, corpus, weights);
  const pretrainedSteps = Number(weights?.meta.steps ?? 0);
  session = { key, value, pretrainedSteps };
  return { s: value, pretrainedSteps, fresh: true };
}

export const lmTrainTask: Task = async (payload, context) => {
  const p = payload as LmTrainPayload;
  const { s, pretrainedSteps, fresh } = await ensureSession(p, context);
  const point = (loss: number | null, heldOutLoss: number | null, charsPerSecond: number | null): LmTrainPoint => ({
    phase: 'training', step: s.step, loss, heldOutLoss, chars: s.step * s.batch * s.length, charsPerSecond, heldOutChars: s.heldOutChars, pretrainedSteps,
  });
  if (fresh || p.command === 'reset') context.progress(point(null, s.heldOutLoss(), null));
  if (p.command === 'reset') return { result: { step: s.step } };

  const start = Date.now();
  let trained = 0;
  let lastReport = 0;
  for (;;) {
    const r = s.trainStep();
    trained++;
    const evalNow = r.step % HELD_OUT_EVERY_STEPS === 0 || p.command === 'step';
    const heldOut = evalNow ? s.heldOutLoss() : null;
    const now = Date.now();
    const cps = (trained * s.batch * s.length) / Math.max(0.001, (now - start) / 1000);
    if (evalNow || now - lastReport > REPORT_EVERY_MS || p.command === 'step') {
      context.progress(point(r.loss, heldOut, cps));
      lastReport = now;
    }
    if (p.command === 'step') break;
    // Let a 'cancel' (pause) in between steps.
    await context.yieldToEvents();
    if (context.cancelled()) break;
  }
  return { result: { step: s.step } };
};
