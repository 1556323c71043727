/**
 * Worker tasks for the word models of chapters 2 and 5: "word-train" trains several
 * models side by side on a named dataset (kept between jobs so training can go on
 * and typed sentences can be read), "word-read" reads one sentence with each model.
 */
import type { Task } from '../protocol';
import { WordModelSet, type WordModelSpec } from '../../core/word-models';
import { readSentence, type SentenceReading } from '../../core/read-model';
import { analyzeStack } from '../../core/stack-gradients';
import { prefixOnlyLoss, generateIds } from '../../core/leaky-lm';
import { createRng } from '../../core/random';
import { WORD_DATASETS, type WordDatasetName } from '../../data/word-datasets';

export interface WordTrainJob {
  /** Start new models (otherwise continue the current ones). */
  fresh?: { dataset: WordDatasetName; models: WordModelSpec[]; seed: number; learningRate?: number };
  /** Steps per model in this job. */
  steps: number;
  /** Measure held-out accuracy every this many steps. */
  evalEvery: number;
}

export interface WordTrainProgress {
  key: string;
  step: number;
  loss: number;
  /** Held-out accuracy and loss at this step (only on evaluation steps). */
  accuracy?: number;
  testLoss?: number;
  /** Held-out accuracy on the dataset's focus tokens (taggers). */
  focusAccuracy?: number;
  /** Next-word data: held-out loss with every prediction made from the prefix alone. */
  prefixLoss?: number;
}

export interface WordReadJob {
  ids: number[];
}

export type WordReadResult = Record<string, SentenceReading>;

let run: WordModelSet | null = null;
let focus: ReadonlySet<number> = new Set();
let prefixEval = false;

export const wordTrainTask: Task = async (payload, context) => {
  const job = payload as WordTrainJob;
  if (job.fresh) {
    run?.dispose();
    const d = WORD_DATASETS[job.fresh.dataset];
    if (!d) throw new Error(`Unknown dataset "${job.fresh.dataset}".`);
    run = new WordModelSet(job.fresh.models, d.split(job.fresh.seed), d.target, { seed: job.fresh.seed, learningRate: job.fresh.learningRate });
    focus = new Set(d.focus ?? []);
    prefixEval = d.prefixEval ?? false;
    for (const key of run.keys) context.progress({ key, step: 0, loss: NaN, ...measure(run, key) } satisfies WordTrainProgress);
  }
  if (!run) throw new Error('No models to continue: press Train to start.');
  for (let s = 0; s < job.steps; s++) {
    for (const key of run.keys) {
      const loss = run.step(key);
      const step = run.steps(key);
      const extra = step % job.evalEvery === 0 || s === job.steps - 1 ? measure(run, key) : {};
      context.progress({ key, step, loss, ...extra } satisfies WordTrainProgress);
    }
    await context.yieldToEvents();
    if (context.cancelled()) return { result: null };
  }
  return { result: 'done' };
};

const PREFIX_EVAL_SENTENCES = 60;

function measure(set: WordModelSet, key: string): Pick<WordTrainProgress, 'accuracy' | 'testLoss' | 'focusAccuracy' | 'prefixLoss'> {
  const { accuracy, loss, focusAccuracy } = set.evaluate(key, 'test', focus);
  const prefixLoss = prefixEval ? prefixOnlyLoss(set.model(key), set.data.test.slice(0, PREFIX_EVAL_SENTENCES)) : undefined;
  return { accuracy, testLoss: loss, focusAccuracy, prefixLoss };
}

export const wordReadTask: Task = async (payload) => {
  const { ids } = payload as WordReadJob;
  if (!run) return { result: null };
  const out: WordReadResult = {};
  for (const key of run.keys) out[key] = readSentence(run.model(key), ids);
  return { result: out };
};

export interface WordStackJob {
  key: string;
  ids: number[];
  /** The sentence's true tags: the loss J whose gradient is drawn. */
  tags: number[];
}

/** Per-layer hidden states and ‖∂J/∂h_l(t)‖ of one model on one tagged sentence. */
export const wordStackTask: Task = async (payload) => {
  const { key, ids, tags } = payload as WordStackJob;
  if (!run || !run.keys.includes(key)) return { result: null };
  return { result: analyzeStack(run.model(key), ids, tags) };
};

export interface WordGenerateJob {
  start: number;
  end: number;
  count: number;
  maxLength: number;
  temperature: number;
  seed: number;
}

/** A few generated sentences (ids) from every model of the run. */
export const wordGenerateTask: Task = async (payload) => {
  const o = payload as WordGenerateJob;
  if (!run) return { result: null };
  const out: Record<string, number[][]> = {};
  for (const key of run.keys) {
    const rng = createRng(o.seed);
    out[key] = Array.from({ length: o.count }, () => generateIds(run!.model(key), o.start, o.end, o.maxLength, o.temperature, rng));
  }
  return { result: out };
};
