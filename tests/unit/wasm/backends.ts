/**
 * Both backends in one process: the wasm backend (started by initBackend, which
 * replaces the slow 4.22 kernels) and cpu, the reference. Tests compute the same
 * thing on each from plain arrays and compare what they read back.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { initBackend } from '../../../src/core/backend';

export async function useBothBackends(): Promise<void> {
  const name = await initBackend('wasm');
  if (name !== 'wasm') throw new Error('The wasm backend did not start.');
}

/** Runs fn with the given backend active; the wasm backend is active again afterwards. */
export async function on<T>(backend: 'cpu' | 'wasm', fn: () => T): Promise<T> {
  if (!(await tf.setBackend(backend))) throw new Error(`Could not switch to ${backend}.`);
  try {
    return fn();
  } finally {
    await tf.setBackend('wasm');
  }
}

/** Data ids alive in the active backend: catches buffers a kernel forgot to free. */
export function dataIds(): number {
  return tf.engine().backend.numDataIds();
}

/** Small integers as float32: every product and sum below 2^24 is exact, so backends must agree bit for bit. */
export function integers(size: number, seed: number, limit = 4): Float32Array {
  const out = new Float32Array(size);
  let s = seed >>> 0 || 1;
  for (let k = 0; k < size; k++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[k] = (s % (2 * limit + 1)) - limit;
  }
  return out;
}

export function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`length ${a.length} ≠ ${b.length}`);
  let m = 0;
  for (let k = 0; k < a.length; k++) m = Math.max(m, Math.abs(a[k] - b[k]));
  return m;
}
