/**
 * Chooses the tfjs backend once for the whole process or page.
 *
 * The core itself never picks a backend: the page, the worker, the lab CLI and the
 * tests call `initBackend` first. It is idempotent (one shared promise), because
 * React StrictMode runs effects twice and several widgets may ask at once.
 */
import * as tf from '@tensorflow/tfjs-core';
import './tf-gradients';
import { patchWasmKernels } from './wasm/register';

export type BackendName = 'wasm' | 'cpu';

export interface BackendOptions {
  /**
   * Where the wasm backend finds its .wasm files. In the browser pass the URLs
   * (vite: `import simd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url'`).
   * In Node it defaults to the package's dist folder in node_modules.
   */
  wasmPaths?: string | Record<string, string>;
}

let ready: Promise<BackendName> | null = null;
let fallbackReason: string | null = null;

/** Why the preferred backend could not start (null when it did, or before initBackend). */
export function backendFallbackReason(): string | null {
  return fallbackReason;
}

/**
 * Sets the backend once; later calls return the first call's promise. Falls back to
 * cpu when wasm fails (tf.setBackend resolves to false then; tf.getBackend() may
 * still name the failed backend, so the boolean is what counts).
 * @returns the backend actually in use.
 */
export function initBackend(preferred: BackendName = 'wasm', options: BackendOptions = {}): Promise<BackendName> {
  if (!ready) ready = setUp(preferred, options);
  return ready;
}

async function setUp(preferred: BackendName, options: BackendOptions): Promise<BackendName> {
  if (preferred === 'wasm') {
    try {
      if (await setUpWasm(options)) return 'wasm';
      fallbackReason = 'the wasm backend did not start';
    } catch (error) {
      fallbackReason = `the wasm backend could not load (${describe(error)})`;
    }
  }
  await import('@tensorflow/tfjs-backend-cpu');
  if (!(await tf.setBackend('cpu'))) throw new Error('Could not start the tfjs cpu backend.');
  await tf.ready();
  return 'cpu';
}

async function setUpWasm(options: BackendOptions): Promise<boolean> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const paths = options.wasmPaths ?? (isNode() ? await nodeWasmDir() : undefined);
  if (paths !== undefined) wasm.setWasmPaths(paths);
  if (typeof paths === 'object') await probeWasmBinary(paths);
  const ok = await tf.setBackend('wasm');
  if (ok) await tf.ready();
  // tfjs-backend-wasm 4.22's Slice/Unpack/SplitV and transposed BatchMatMul are slow paths: see wasm/.
  if (ok) patchWasmKernels();
  return ok;
}

/**
 * In the browser, fetches the binary tfjs is about to load first: when it cannot be
 * had (offline without the cache, blocked, server error), tfjs would log its own
 * warnings and fail anyway, so fail here with a reason the reader can be shown.
 */
async function probeWasmBinary(paths: Record<string, string>): Promise<void> {
  const [simd, threads] = await Promise.all([tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'), tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')]);
  const file = simd && threads ? 'tfjs-backend-wasm-threaded-simd.wasm' : simd ? 'tfjs-backend-wasm-simd.wasm' : 'tfjs-backend-wasm.wasm';
  const url = paths[file];
  if (!url) return;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${file} could not be fetched: ${describe(error)}`);
  }
  // Only the answer matters here; tfjs streams the body itself (from the cache).
  await response.body?.cancel();
  if (!response.ok) throw new Error(`${file}: the server answered ${response.status}`);
}

/** tfjs-backend-wasm rejects with a plain { message } object, not an Error. */
function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

function isNode(): boolean {
  return typeof process !== 'undefined' && process.versions?.node != null;
}

/** The installed package's dist folder, as a path prefix ending in '/'. */
async function nodeWasmDir(): Promise<string> {
  // A variable specifier keeps bundlers from trying to bundle Node built-ins.
  const moduleName = 'node:module';
  const pathName = 'node:path';
  const { createRequire } = (await import(/* @vite-ignore */ moduleName)) as typeof import('node:module');
  const path = (await import(/* @vite-ignore */ pathName)) as typeof import('node:path');
  const require = createRequire(import.meta.url);
  const main = require.resolve('@tensorflow/tfjs-backend-wasm');
  // main is …/dist/tf-backend-wasm.node.js (or similar) inside dist/.
  return path.dirname(main) + path.sep;
}
