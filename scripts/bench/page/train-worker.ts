/// <reference lib="webworker" />
/**
 * Trains the char-LSTM in a worker: characters/second for a time budget per backend
 * (random text), then chapter 1's model from scratch on the corpus for
 * `perplexityMs` on wasm, reporting held-out perplexity.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { initBackend } from '../../../src/core/backend';
import { WASM_PATHS } from '../../../src/worker/wasm-paths';
import { loadCharCorpus } from '../../../src/data/load-char-corpus';
import { charLstmStep } from '../cases';
import { perplexityAfter } from './perplexity-run';

/** Adam steps of the char-LSTM on random text for `budgetMs` (at least 2). */
function charsPerSecond(budgetMs: number, backward: 'auto' | 'autograd') {
  const step = charLstmStep(0, backward);
  step.run(); // warm-up
  let steps = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < budgetMs || steps < 2) {
    step.run();
    steps++;
  }
  const seconds = (performance.now() - t0) / 1000;
  step.dispose();
  return { steps, seconds, charsPerSecond: (steps * step.charsPerStep) / seconds, numTensors: tf.memory().numTensors };
}

export interface TrainWorkerRequest {
  budgetMs: number;
  perplexityMs: number;
  /** Where the corpus files are served (the bench page serves public/). */
  baseUrl: string;
}

self.onmessage = async (event: MessageEvent<TrainWorkerRequest>) => {
  const { budgetMs, perplexityMs, baseUrl } = event.data;
  await initBackend('wasm', { wasmPaths: WASM_PATHS });
  const out: Record<string, unknown> = {};
  const corpus = await loadCharCorpus({ baseUrl });
  for (const backend of ['wasm', 'cpu']) {
    if (!(await tf.setBackend(backend))) continue;
    await tf.ready();
    out[backend] = charsPerSecond(budgetMs, 'auto');
    if (backend !== 'wasm') continue;
    // The same step with autograd, side by side, for the explicit backward pass's ratio.
    out.wasmAutograd = charsPerSecond(budgetMs, 'autograd');
    out.perplexity = { ...perplexityAfter(corpus, perplexityMs), numTensors: tf.memory().numTensors };
  }
  self.postMessage(out);
};
