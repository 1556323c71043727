/**
 * Worker tasks for chapter 1's "your text" panel. The text (the reader's, or null for
 * Moby-Dick) travels with every job and is prepared once per worker: vocabulary,
 * training paragraphs and held-out slice. Training makes fresh small models (simple
 * RNN, then LSTM) from a seeded initialisation, streams progress and samples as they
 * learn, keeps what was trained, and then measures the n-gram and the trained models
 * on the same held-out characters. Bad text is refused here too, and nothing changes.
 */
import type { Task, TaskContext } from '../protocol';
import { CharLmSession, CHAR_LM_SIZES } from '../../core/experiments/char-lm';
import { modelPerplexity, ngramPerplexity, type PerplexityResult } from '../../core/experiments/char-lm-measure';
import { sampleRunningText } from '../../core/experiments/char-lm-sample';
import type { CellKind, ParamSet } from '../../core/params';
import { firstParagraphs, type CharCorpus } from '../../data/char-corpus';
import { VOCAB } from '../../data/char-vocab';
import { checkOwnText, ownTextCorpus, type OwnTextProblem } from '../../data/own-text';
import { loadingMessage, workerCorpus, type LoadingProgress } from './lm-assets';

/** Held-out characters scored per model (the start of the held-out slice). */
export const OWN_SCORE_CHARS = 20_000;
/** Training characters the n-gram counts (its tables grow with the text). */
export const OWN_NGRAM_CHARS = 1_000_000;
export const OWN_NGRAM_ORDER = 5;
const SAMPLE_EVERY = 50;
const SAMPLE_LENGTH = 160;
const HELD_OUT_EVERY = 10;
const REPORT_EVERY_MS = 120;

export interface OwnTextSummary {
  /** Every token, index = id (specials first). */
  tokens: string[];
  distinct: number;
  unknownDistinct: number;
  unknownCount: number;
  /** A few of the characters read as ‹?›, most frequent first. */
  unknownExamples: string[];
  trainChars: number;
  heldOutChars: number;
}

interface Prepared {
  text: string | null;
  corpus: CharCorpus;
  summary: OwnTextSummary;
  models: Map<CellKind, { params: ParamSet; steps: number }>;
}

let prepared: Prepared | null = null;

function examples(text: string, tokens: string[]): string[] {
  const kept = new Set(tokens);
  const counts = new Map<string, number>();
  for (const ch of text) if (ch !== '\n' && !kept.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([ch]) => ch);
}

/** The prepared text (cached per worker); a problem leaves the cache as it was. */
async function prepare(text: string | null, baseUrl: string, context: TaskContext): Promise<Prepared | { problem: OwnTextProblem }> {
  if (prepared && prepared.text === text) return prepared;
  if (text === null) {
    const corpus = await workerCorpus(baseUrl, (p) => context.progress(loadingMessage(p)));
    const count = (ps: Int32Array[]) => ps.reduce((n, p) => n + p.length - 2, 0);
    const summary = { tokens: [...VOCAB], distinct: VOCAB.length - 3, unknownDistinct: 0, unknownCount: 0, unknownExamples: [], trainChars: count(corpus.train), heldOutChars: count(corpus.heldOut) };
    return (prepared = { text, corpus, summary, models: new Map() });
  }
  const problem = checkOwnText(text);
  if (problem) return { problem };
  const own = ownTextCorpus(text);
  const { vocab } = own;
  const summary: OwnTextSummary = {
    tokens: [...vocab.tokens], distinct: vocab.distinct, unknownDistinct: vocab.unknownDistinct, unknownCount: vocab.unknownCount,
    unknownExamples: vocab.unknownDistinct > 0 ? examples(text.normalize('NFC'), [...vocab.tokens]) : [], trainChars: own.trainChars, heldOutChars: own.heldOutChars,
  };
  return (prepared = { text, corpus: own.corpus, summary, models: new Map() });
}

export interface OwnPreparePayload {
  baseUrl: string;
  /** The reader's text, or null for Moby-Dick. */
  text: string | null;
}

export type OwnPrepareResult = { summary: OwnTextSummary } | { problem: OwnTextProblem };

export const ownTextPrepareTask: Task = async (payload, context) => {
  const { baseUrl, text } = payload as OwnPreparePayload;
  const p = await prepare(text, baseUrl, context);
  return { result: ('problem' in p ? { problem: p.problem } : { summary: p.summary }) satisfies OwnPrepareResult };
};

export interface OwnTrainPayload extends OwnPreparePayload {
  cells: CellKind[];
  steps: number;
  seed: number;
  batch: number;
}

export type OwnModel = 'ngram' | CellKind;

export type OwnTrainProgress =
  | LoadingProgress
  | { phase: 'prepared'; summary: OwnTextSummary }
  | { phase: 'training'; cell: CellKind; step: number; steps: number; loss: number; heldOutLoss: number | null; charsPerSecond: number }
  | { phase: 'sample'; cell: CellKind; step: number; ids: number[] }
  | { phase: 'measuring'; model: OwnModel }
  | { phase: 'measured'; model: OwnModel; result: PerplexityResult; steps: number };

async function trainCell(p: Prepared, o: OwnTrainPayload, cell: CellKind, context: TaskContext): Promise<boolean> {
  const send = (m: OwnTrainProgress) => context.progress(m);
  const session = new CharLmSession(p.corpus, { cell, seed: o.seed, batch: o.batch, vocab: p.summary.tokens.length, sizes: CHAR_LM_SIZES[cell] });
  const sample = () => send({ phase: 'sample', cell, step: session.step, ids: sampleRunningText(session.params(), cell, { length: SAMPLE_LENGTH, temperature: 0.8, seed: o.seed }) });
  const started = Date.now();
  let lastReport = 0;
  let stopped = false;
  try {
    send({ phase: 'training', cell, step: 0, steps: o.steps, loss: NaN, heldOutLoss: session.heldOutLoss(), charsPerSecond: 0 });
    sample();
    while (session.step < o.steps) {
      const r = session.trainStep();
      const evalNow = r.step % HELD_OUT_EVERY === 0 || r.step === o.steps;
      const now = Date.now();
      if (evalNow || now - lastReport > REPORT_EVERY_MS) {
        const charsPerSecond = r.chars / Math.max(0.001, (now - started) / 1000);
        send({ phase: 'training', cell, step: r.step, steps: o.steps, loss: r.loss, heldOutLoss: evalNow ? session.heldOutLoss() : null, charsPerSecond });
        lastReport = now;
      }
      if (r.step % SAMPLE_EVERY === 0 || r.step === o.steps) sample();
      await context.yieldToEvents();
      if (context.cancelled()) {
        stopped = true;
        break;
      }
    }
    // Whatever was trained is kept: the comparison measures it, saying for how many steps.
    if (session.step > 0) p.models.set(cell, { params: session.params(), steps: session.step });
  } finally {
    session.dispose();
  }
  return !stopped;
}

async function measure(p: Prepared, context: TaskContext): Promise<void> {
  const send = (m: OwnTrainProgress) => context.progress(m);
  const text = firstParagraphs(p.corpus.heldOut, OWN_SCORE_CHARS);
  send({ phase: 'measuring', model: 'ngram' });
  await context.yieldToEvents();
  const ngram = ngramPerplexity(p.corpus, OWN_NGRAM_ORDER, text, p.summary.tokens.length, firstParagraphs(p.corpus.train, OWN_NGRAM_CHARS));
  send({ phase: 'measured', model: 'ngram', result: ngram, steps: 0 });
  for (const [cell, m] of p.models) {
    send({ phase: 'measuring', model: cell });
    await context.yieldToEvents();
    if (context.cancelled()) return;
    send({ phase: 'measured', model: cell, result: modelPerplexity(m.params, cell, text), steps: m.steps });
  }
}

export const ownTextTrainTask: Task = async (payload, context) => {
  const o = payload as OwnTrainPayload;
  const p = await prepare(o.text, o.baseUrl, context);
  if ('problem' in p) return { result: { problem: p.problem } };
  context.progress({ phase: 'prepared', summary: p.summary } satisfies OwnTrainProgress);
  for (const cell of o.cells) {
    if (!(await trainCell(p, o, cell, context))) return { result: null };
  }
  await measure(p, context);
  return { result: 'done' };
};
