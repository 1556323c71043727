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
    const step = charLstmStep();
    step.run(); // warm-up
    let steps = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < budgetMs || steps < 2) {
      step.run();
      steps++;
    }
    const seconds = (performance.now() - t0) / 1000;
    step.dispose();
    out[backend] = { steps, seconds, charsPerSecond: (steps * step.charsPerStep) / seconds, numTensors: tf.memory().numTensors };
    if (backend === 'wasm') out.perplexity = { ...perplexityAfter(corpus, perplexityMs), numTensors: tf.memory().numTensors };
  }
  self.postMessage(out);
};
