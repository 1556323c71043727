/**
 * `train --task lm --cell rnn|lstm [--steps N] [--seed S]`: chapter 1's character
 * language model trained from scratch on Moby-Dick exactly as in the page's worker.
 * Progress lines every few steps; the result has the train and held-out perplexity
 * measured on whole paragraphs (as the page's comparison does).
 */
import { initBackend } from '../core/backend';
import { CharLmSession } from '../core/experiments/char-lm';
import { modelPerplexity, trainSample } from '../core/experiments/char-lm-measure';
import type { CellKind } from '../core/params';
import { loadCharCorpus } from '../data/load-char-corpus';
import { printProgress, stepsOf, type TrainOptions } from './train-options';

const EVAL_EVERY = 25;

export async function trainLm(o: TrainOptions): Promise<Record<string, unknown>> {
  const backend = await initBackend(o.backend as 'cpu' | 'wasm');
  const corpus = await loadCharCorpus();
  const cell = o.cell as CellKind;
  const session = new CharLmSession(corpus, { cell, seed: o.seed });
  const steps = stepsOf(o);
  const start = Date.now();
  try {
    let last = { step: 0, loss: NaN };
    for (let s = 1; s <= steps; s++) {
      last = session.trainStep();
      if (s % EVAL_EVERY === 0 || s === steps) {
        const heldOutLoss = session.heldOutLoss();
        printProgress({ step: s, loss: last.loss, perplexity: Math.exp(last.loss), heldOutPerplexity: Math.exp(heldOutLoss), elapsedMs: Date.now() - start });
      }
    }
    const elapsedMs = Date.now() - start;
    const params = session.params();
    const train = modelPerplexity(params, cell, trainSample(corpus));
    const heldOut = modelPerplexity(params, cell, corpus.heldOut);
    return {
      task: 'lm', cell, seed: o.seed, backend, steps, elapsedMs,
      charsPerSecond: Math.round((steps * session.batch * session.length) / (elapsedMs / 1000)),
      trainPerplexity: train.perplexity, heldOutPerplexity: heldOut.perplexity, heldOutBitsPerChar: heldOut.bitsPerChar, heldOutChars: heldOut.count,
    };
  } finally {
    session.dispose();
  }
}
