/**
 * Worker tasks for chapter 2's encoder–decoder: "seq2seq-train" trains (kept between
 * jobs so training can go on), streaming loss and held-out exact-match accuracy;
 * "seq2seq-decode" runs greedy decoding on the reader's input.
 */
import type { Task } from '../protocol';
import { Seq2SeqTrainer, greedyDecode, type Decoded } from '../../core/seq2seq';
import { reverseData, MARK, MAX_LEN, REVERSE_VOCAB, type ReversePair } from '../../data/reverse-task';

export interface Seq2SeqJob {
  fresh?: { seed: number; hidden: number };
  steps: number;
  /** Measure held-out exact match every this many steps (and at the job's last step); default 25. */
  evalEvery?: number;
}

export interface Seq2SeqProgress {
  /** Always "s2s" (the progress shape of the word-model tasks, so the page folds both alike). */
  key: 's2s';
  step: number;
  loss: number;
  /** Fraction of held-out strings reversed exactly (on evaluation steps). */
  accuracy?: number;
}

const EVAL_EVERY = 25;
const EVAL_SIZE = 100;

let trainer: Seq2SeqTrainer | null = null;
let data: ReturnType<typeof reverseData> | null = null;
let steps = 0;

function exactMatch(t: Seq2SeqTrainer, test: readonly ReversePair[]): number {
  let hits = 0;
  for (const p of test) {
    const out = greedyDecode(t.vars, t.spec, p.source, MARK, MARK, MAX_LEN + 2).output;
    hits += out.join(',') === p.target.slice(0, -1).join(',') ? 1 : 0;
  }
  return hits / test.length;
}

export const seq2seqTrainTask: Task = async (payload, context) => {
  const job = payload as Seq2SeqJob;
  if (job.fresh) {
    trainer?.dispose();
    trainer = new Seq2SeqTrainer({ vocab: REVERSE_VOCAB.length, embed: 8, hidden: job.fresh.hidden }, job.fresh.seed);
    data = reverseData(job.fresh.seed);
    steps = 0;
  }
  if (!trainer || !data) throw new Error('No model to continue: press Train to start.');
  for (let k = 0; k < job.steps; k++) {
    const b = data.nextBatch(32);
    const loss = trainer.step(b.map((p) => p.source), b.map((p) => p.input), b.map((p) => p.target));
    steps++;
    const evaluated = steps % (job.evalEvery ?? EVAL_EVERY) === 0 || k === job.steps - 1;
    context.progress({ key: 's2s', step: steps, loss, accuracy: evaluated ? exactMatch(trainer, data.test.slice(0, EVAL_SIZE)) : undefined } satisfies Seq2SeqProgress);
    await context.yieldToEvents();
    if (context.cancelled()) return { result: null };
  }
  return { result: 'done' };
};

export const seq2seqDecodeTask: Task = async (payload) => {
  const { ids } = payload as { ids: number[] };
  if (!trainer || ids.length === 0) return { result: null };
  return { result: { s2s: greedyDecode(trainer.vars, trainer.spec, ids, MARK, MARK, Math.max(MAX_LEN, ids.length) + 2) } satisfies Record<'s2s', Decoded> };
};
