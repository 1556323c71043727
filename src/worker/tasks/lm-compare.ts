/**
 * Worker task: perplexity of the n-gram, the simple RNN and the LSTM (shipped weights)
 * on the same held-out text, one model after another, each streamed as it finishes.
 */
import type { Task } from '../protocol';
import { modelPerplexity, ngramPerplexity, type PerplexityResult } from '../../core/experiments/char-lm-measure';
import { countTargets, firstParagraphs } from '../../data/char-corpus';
import { loadingMessage, workerCorpus, workerWeights, type LoadingProgress } from './lm-assets';

export interface LmComparePayload {
  baseUrl: string;
  /** n of the n-gram. */
  order: number;
  /** Score the first paragraphs of the held-out text holding at least this many characters. */
  chars: number;
}

export type CompareModel = 'ngram' | 'rnn' | 'lstm';

export type LmCompareProgress =
  | LoadingProgress
  | { phase: 'measuring'; model: CompareModel; done: number; total: number }
  | { phase: 'measured'; model: CompareModel; result: PerplexityResult; meta: Record<string, string | number | boolean> };

export const lmCompareTask: Task = async (payload, context) => {
  const { baseUrl, order, chars } = payload as LmComparePayload;
  const onLoad = (p: Parameters<typeof loadingMessage>[0]) => context.progress(loadingMessage(p));
  const corpus = await workerCorpus(baseUrl, onLoad);
  const text = firstParagraphs(corpus.heldOut, chars);
  const send = (m: LmCompareProgress) => context.progress(m);

  send({ phase: 'measuring', model: 'ngram', done: 0, total: text.length });
  send({ phase: 'measured', model: 'ngram', result: ngramPerplexity(corpus, order, text), meta: { order, trainChars: countTargets(corpus.train) } });
  for (const cell of ['rnn', 'lstm'] as const) {
    await context.yieldToEvents();
    if (context.cancelled()) return { result: null };
    const weights = await workerWeights(baseUrl, cell, onLoad);
    let lastReport = 0;
    const result = modelPerplexity(weights.params, cell, text, (done) => {
      const now = Date.now();
      if (now - lastReport > 150) {
        send({ phase: 'measuring', model: cell, done, total: text.length });
        lastReport = now;
      }
    });
    send({ phase: 'measured', model: cell, result, meta: weights.meta });
  }
  return { result: 'done' };
};
