/**
 * Reads tfjs's state for the diagnostics panel. tfjs-core is imported here only
 * dynamically, when the panel opens: the app never loads it just to start. Asking
 * tf.memory() before any backend exists would make tfjs start one, so without a
 * backend the engine's counters are read directly.
 */

export interface TfSnapshot {
  backend: string | null;
  numTensors: number;
  numBytes: number;
  version: string;
}

type TfCore = typeof import('@tensorflow/tfjs-core');

let loading: Promise<TfCore> | null = null;

export function loadTf(): Promise<TfCore> {
  loading ??= import('@tensorflow/tfjs-core');
  return loading;
}

export function readTf(tf: TfCore): TfSnapshot {
  const backend = tf.getBackend() ?? null;
  const { numTensors, numBytes } = backend ? tf.memory() : tf.engine().state;
  return { backend, numTensors, numBytes, version: tf.version_core };
}
