/**
 * The browser half of `npm run bench`: the same cases as in Node, on chromium's main
 * thread (fast path, tfjs wasm) and in a worker (training), while watching the main
 * thread for long tasks. Results land in window.__bench.
 */
import * as tf from '@tensorflow/tfjs-core';
import { initBackend } from '../../../src/core/backend';
import { WASM_PATHS } from '../../../src/worker/wasm-paths';
import { fastAnalysis, gradientLabRecompute, tfjsAnalysis, timeIt } from '../cases';
import type { TrainWorkerRequest } from './train-worker';

declare global {
  interface Window {
    __bench?: Record<string, unknown>;
  }
}

const quick = new URLSearchParams(location.search).has('quick');
/** The budget is held-out perplexity after 60 s of training from scratch; --quick trains 15 s (and says so). */
const PERPLEXITY_SECONDS = quick ? 15 : 60;

async function main() {
  const out: Record<string, unknown> = {};
  out.fast = { rnn: timeIt(fastAnalysis('rnn'), quick ? 10 : 40), lstm: timeIt(fastAnalysis('lstm'), quick ? 10 : 40) };
  out.gradientLab = { rnn: timeIt(gradientLabRecompute('rnn'), quick ? 10 : 40), lstm: timeIt(gradientLabRecompute('lstm'), quick ? 10 : 40) };
  out.backend = await initBackend('wasm', { wasmPaths: WASM_PATHS });
  const analysis: Record<string, unknown> = {};
  for (const cell of ['rnn', 'lstm'] as const) {
    const c = tfjsAnalysis(cell);
    analysis[cell] = timeIt(c.run, quick ? 3 : 7, 1, 10_000);
    c.dispose();
  }
  out.tfjsWasmAnalysis = analysis;
  out.numTensorsMain = tf.memory().numTensors;

  // The measurements above ran as one long synchronous task; end it before observing,
  // or the observer reports it as if it had happened during training.
  await new Promise((resolve) => setTimeout(resolve, 100));
  // Training in a worker while the main thread is watched for long tasks.
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  let maxFrameGap = 0;
  let last = performance.now();
  let watching = true;
  const frame = (now: number) => {
    maxFrameGap = Math.max(maxFrameGap, now - last);
    last = now;
    if (watching) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const worker = new Worker(new URL('./train-worker.ts', import.meta.url), { type: 'module' });
  out.training = await new Promise((resolve) => {
    worker.onmessage = (e) => resolve(e.data);
    const request: TrainWorkerRequest = { budgetMs: quick ? 4_000 : 15_000, perplexityMs: PERPLEXITY_SECONDS * 1000, baseUrl: document.baseURI };
    worker.postMessage(request);
  });
  watching = false;
  worker.terminate();
  observer.disconnect();
  out.mainThreadDuringTraining = { longestTaskMs: Math.max(0, ...longTasks), longTasks: longTasks.length, maxFrameGapMs: maxFrameGap };
  window.__bench = out;
  document.getElementById('out')!.textContent = JSON.stringify(out, null, 2);
}

main().catch((error) => {
  window.__bench = { error: String(error) };
});
