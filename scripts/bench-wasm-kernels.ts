/**
 * Timing of the wasm kernel replacements (src/core/wasm), not a test:
 *   npx tsx scripts/bench-wasm-kernels.ts [--lag] [--lag-before] [--profile]
 * Prints per-op and per-training-step medians with the original tfjs-backend-wasm
 * 4.22 kernels ("before") and the replacements ("after"), and the cpu backend.
 * --lag also times the lag-50 LSTM experiment (after; --lag-before also before: slow).
 * --profile prints time per kernel for one patched char-LSTM step.
 * The machine may be shared: medians, and the load average is printed.
 */
import os from 'node:os';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { initBackend } from '../src/core/backend';
import { patchWasmKernels, unpatchWasmKernels } from '../src/core/wasm/register';
import { RecurrentModel } from '../src/core/model';
import { Trainer, type TrainingBatch } from '../src/core/train';
import { runLagExperiment } from '../src/core/experiments/long-lag';

const args = new Set(process.argv.slice(2));

function median(fn: () => void, reps: number, warmUp = 1): number {
  for (let k = 0; k < warmUp; k++) fn();
  const times: number[] = [];
  for (let k = 0; k < reps; k++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(reps / 2)];
}

function setKernels(which: 'before' | 'after'): void {
  if (which === 'before') unpatchWasmKernels();
  else patchWasmKernels();
}

const load = () => os.loadavg().map((x) => x.toFixed(1)).join(' ');
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(9);
const row = (name: string, before: number, after: number) =>
  console.log(`${name.padEnd(44)}${fmt(before)}${fmt(after)}${(before / after).toFixed(1).padStart(8)}×`);

/** Per-op timings on the wasm backend, each op run inside a tidy and read back. */
function opTable(): void {
  const steps = 100, B = 32, H = 128;
  const x = tf.randomNormal([steps * B, H], 0, 1, 'float32', 1) as tf.Tensor2D;
  const x3 = tf.reshape(x, [steps, B, H]);
  const mm = (tA: boolean, tB: boolean, m: number, k: number, n: number) => {
    const a = tf.randomNormal(tA ? [k, m] : [m, k], 0, 1, 'float32', 2);
    const b = tf.randomNormal(tB ? [n, k] : [k, n], 0, 1, 'float32', 3);
    // Not `tf.tidy(() => ….dataSync())`: tidy walks every element of a returned typed array (seconds for 1.6M).
    const run = () => {
      const c = tf.matMul(a, b, tA, tB);
      c.dataSync();
      c.dispose();
    };
    return { run, dispose: () => tf.dispose([a, b]) };
  };
  const cases: [string, () => void, number][] = [
    ['unstack [100,32,128] → 100×[32,128]', () => tf.dispose(tf.unstack(x3)), 7],
    ['100× slice [32,128] of [3200,128]', () => tf.tidy(() => { for (let t = 0; t < steps; t++) tf.slice(x, [t * B, 0], [B, H]); }), 7],
    ['split [3200,128] into 100 (SplitV)', () => tf.dispose(tf.split(x, steps, 0)), 7],
    ['gate slice [32,128] of [32,512] ×256', () => tf.tidy(() => { const z = tf.zeros([B, 4 * H]); for (let k = 0; k < 256; k++) tf.slice(z, [0, (k % 4) * H], [B, H]); }), 7],
  ];
  const products: [string, boolean, boolean, number, number, number][] = [
    ['matMul NN [3200,128]×[128,512]', false, false, 3200, 128, 512],
    ['matMul TN (transposeA) [3200,128]×[128,512]', true, false, 3200, 128, 512],
    ['matMul NT (transposeB) [3200,128]×[128,512]', false, true, 3200, 128, 512],
    ['matMul TT [3200,128]×[128,512]', true, true, 3200, 128, 512],
    ['step dh: NT [32,512]×[128,512]ᵀ', false, true, 32, 512, 128],
    ['step dW: TN [32,128]ᵀ×[32,512]', true, false, 128, 32, 512],
  ];
  const made = products.map(([name, tA, tB, m, k, n]) => ({ name, ...mm(tA, tB, m, k, n) }));
  for (const p of made) cases.push([p.name, p.run, 7]);
  console.log(`\nPer-op, wasm backend, median ms (load ${load()})`);
  console.log(`${'op'.padEnd(44)}${'before'.padStart(9)}${'after'.padStart(9)}  speed-up`);
  for (const [name, fn, reps] of cases) {
    setKernels('before');
    const before = median(fn, reps);
    setKernels('after');
    const after = median(fn, reps);
    row(name, before, after);
  }
  made.forEach((p) => p.dispose());
  tf.dispose([x, x3]);
}

/** Random char-LM batches: B sequences of T ids < V, targets the same shape. */
function charBatches(V: number, T: number, B: number, seed: number): () => TrainingBatch {
  let s = seed >>> 0;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const seq = () => Array.from({ length: T }, () => Math.floor(rnd() * V));
  return () => ({ inputs: Array.from({ length: B }, seq), targets: Array.from({ length: B }, seq) });
}

/** Median ms of one Trainer.step of the char-LSTM (V 60, embed 32, H 128, B 32, T 64, Adam). */
function charLstmStep(reps: number): { ms: number; loss: number } {
  const model = RecurrentModel.create({ cell: 'lstm', vocab: 60, embed: 32, hidden: 128, head: 'lm' }, { radius: 1 }, 0);
  const trainer = new Trainer(model, { optimizer: 'adam', learningRate: 0.003, clip: 5, truncation: 0 });
  const next = charBatches(60, 64, 32, 7);
  const batches = Array.from({ length: reps + 1 }, next);
  let k = 0;
  let loss = trainer.step(batches[k++]).loss; // warm-up; creates Adam's moments
  const before = tf.memory().numTensors;
  const ms = median(() => (loss = trainer.step(batches[k++ % batches.length]).loss), reps, 0);
  if (tf.memory().numTensors !== before) console.log(`  (tensor count changed: ${before} → ${tf.memory().numTensors})`);
  trainer.dispose();
  model.dispose();
  return { ms, loss };
}

function lagSeconds(): { s: number; steps: number; accuracy: number } {
  const t0 = performance.now();
  let last = { step: 0, accuracy: 0 };
  // target > 1: always 375 steps, so before and after do the same work. (The runs do not
  // follow the same path: this training amplifies float rounding differences within
  // ~10 steps — cpu and the original wasm kernels diverge from each other just as much.)
  for (const p of runLagExperiment({ cell: 'lstm', lag: 50, steps: 375, seed: 0, target: 2 })) last = p;
  return { s: (performance.now() - t0) / 1000, steps: last.step, accuracy: last.accuracy };
}

function profileStep(): void {
  const by = new Map<string, { n: number; ms: number }>();
  const wrapped = tf.getKernelsForBackend('wasm').map((k) => {
    tf.unregisterKernel(k.kernelName, 'wasm');
    tf.registerKernel({
      ...k,
      kernelFunc: (a) => {
        const t0 = performance.now();
        const out = k.kernelFunc(a);
        const e = by.get(k.kernelName) ?? { n: 0, ms: 0 };
        e.n++;
        e.ms += performance.now() - t0;
        by.set(k.kernelName, e);
        return out;
      },
    });
    return k;
  });
  const { ms } = charLstmStep(3);
  for (const k of wrapped) {
    tf.unregisterKernel(k.kernelName, 'wasm');
    tf.registerKernel(k);
  }
  const total = [...by.values()].reduce((s, e) => s + e.ms, 0) / 5;
  console.log(`\nKernel time per patched char-LSTM step (step median ${ms.toFixed(0)} ms, kernels ${total.toFixed(0)} ms; the rest is tfjs engine/autograd JS)`);
  [...by.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)
    .forEach(([n, e]) => console.log(`  ${n.padEnd(16)}${String(e.n / 5).padStart(7)} calls${(e.ms / 5).toFixed(1).padStart(9)} ms`));
}

const backend = await initBackend('wasm');
if (backend !== 'wasm') throw new Error('The wasm backend did not start.');
console.log(`Node ${process.version}, ${os.cpus().length} cores, load ${load()}`);
opTable();

const chars = 32 * 64;
console.log(`\nChar-LSTM Trainer.step (V 60, embed 32, H 128, B 32, T 64, Adam), median (load ${load()})`);
const results: [string, number, number][] = [];
setKernels('before');
const wb = charLstmStep(5);
results.push(['wasm, 4.22 kernels', wb.ms, wb.loss]);
setKernels('after');
const wa = charLstmStep(9);
results.push(['wasm, replaced kernels', wa.ms, wa.loss]);
await tf.setBackend('cpu');
const cb = charLstmStep(5);
results.push(['cpu', cb.ms, cb.loss]);
await tf.setBackend('wasm');
for (const [name, ms, loss] of results) {
  console.log(`  ${name.padEnd(26)}${ms.toFixed(0).padStart(7)} ms/step${Math.round((chars * 1000) / ms).toLocaleString('en').padStart(9)} chars/s   loss ${loss.toFixed(4)}`);
}

if (args.has('--lag') || args.has('--lag-before')) {
  console.log(`\nLag-50 LSTM experiment (hidden 32, batch 32, ≤375 Adam steps, seed 0) (load ${load()})`);
  if (args.has('--lag-before')) {
    setKernels('before');
    const r = lagSeconds();
    console.log(`  wasm, 4.22 kernels:     ${r.s.toFixed(1)} s for ${r.steps} steps (${((r.s * 1000) / r.steps).toFixed(0)} ms/step), final accuracy ${r.accuracy.toFixed(3)}`);
    setKernels('after');
  }
  const r = lagSeconds();
  console.log(`  wasm, replaced kernels: ${r.s.toFixed(1)} s for ${r.steps} steps (${((r.s * 1000) / r.steps).toFixed(0)} ms/step), final accuracy ${r.accuracy.toFixed(3)}`);
}
if (args.has('--profile')) profileStep();
