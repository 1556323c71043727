/// <reference lib="webworker" />
/** Trains the char-LSTM in a worker for a time budget per backend and reports characters/second. */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { initBackend } from '../../../src/core/backend';
import { WASM_PATHS } from '../../../src/worker/wasm-paths';
import { charLstmStep } from '../cases';

self.onmessage = async (event: MessageEvent<{ budgetMs: number }>) => {
  const { budgetMs } = event.data;
  await initBackend('wasm', { wasmPaths: WASM_PATHS });
  const out: Record<string, unknown> = {};
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
  }
  self.postMessage(out);
};
