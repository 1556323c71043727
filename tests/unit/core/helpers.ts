/** Shared set-up for the core tests: the cpu backend, small models, and the reference's view of a model. */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { initBackend } from '../../../src/core/backend';
import { RecurrentModel } from '../../../src/core/model';
import type { ModelSpec, ResolvedSpec } from '../../../src/core/spec';
import type { RefParams, RefSpec } from './reference-model';

export async function useCpu(): Promise<void> {
  tf.env().set('IS_TEST', true); // silences tfjs' "install tfjs-node" banner
  await initBackend('cpu');
}

export function makeModel(spec: ModelSpec, seed = 1, radius = 1, forgetBias = 1): RecurrentModel {
  return RecurrentModel.create(spec, { radius, forgetBias }, seed);
}

export function refSpec(s: ResolvedSpec): RefSpec {
  return { ...s };
}

export function refParams(model: RecurrentModel): RefParams {
  return model.getParams();
}

/** Deterministic pseudo-random ids for test sequences. */
export function ids(count: number, limit: number, salt = 0): number[] {
  return Array.from({ length: count }, (_, k) => (k * 7 + salt * 13 + ((k * k) % 5)) % limit);
}

/** max |a − b| over two equal-length arrays. */
export function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`length ${a.length} ≠ ${b.length}`);
  let m = 0;
  for (let k = 0; k < a.length; k++) m = Math.max(m, Math.abs(a[k] - b[k]));
  return m;
}

export function maxAbs(a: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < a.length; k++) m = Math.max(m, Math.abs(a[k]));
  return m;
}

/** Row-major concatenation of per-step vectors. */
export function flat(rows: ArrayLike<number>[]): number[] {
  return rows.flatMap((r) => Array.from(r));
}
