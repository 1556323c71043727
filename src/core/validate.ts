/**
 * Checks on what callers hand the core, with messages a person can act on. The
 * core throws these instead of letting tfjs fail somewhere deep (or, worse, a
 * one-hot of an out-of-range id silently becoming a zero vector).
 */
import type { ParamSet } from './params';

/** Throws unless `ids` is non-empty and every entry is a whole number in [0, limit). */
export function checkIds(ids: ArrayLike<number>, limit: number, what = 'Token'): void {
  if (ids.length === 0) throw new Error(`The ${what.toLowerCase()} sequence is empty: at least one step is needed.`);
  for (let k = 0; k < ids.length; k++) {
    const v = ids[k];
    if (!Number.isInteger(v) || v < 0 || v >= limit) {
      throw new Error(`${what} id ${v} at position ${k} is outside 0…${limit - 1} (the model has ${limit} ${what === 'Token' ? 'tokens in its vocabulary' : 'classes'}).`);
    }
  }
}

/** Throws unless `params` has exactly the expected names and shapes, and only finite numbers. */
export function checkParams(params: ParamSet, shapes: Record<string, readonly number[]>): void {
  for (const [name, shape] of Object.entries(shapes)) {
    const p = params[name];
    if (!p) throw new Error(`Parameter "${name}" is missing.`);
    if (p.shape.length !== shape.length || p.shape.some((n, k) => n !== shape[k])) {
      throw new Error(`Parameter "${name}" has shape [${p.shape.join(', ')}], expected [${shape.join(', ')}].`);
    }
    const size = shape.reduce((a, b) => a * b, 1);
    if (p.data.length !== size) throw new Error(`Parameter "${name}" has ${p.data.length} numbers, expected ${size}.`);
    for (let k = 0; k < p.data.length; k++) {
      if (!Number.isFinite(p.data[k])) {
        throw new Error(`Parameter "${name}" contains ${p.data[k]} at index ${k}: weights must be finite numbers.`);
      }
    }
  }
  for (const name of Object.keys(params)) {
    if (!(name in shapes)) throw new Error(`Unexpected parameter "${name}" for this model.`);
  }
}
