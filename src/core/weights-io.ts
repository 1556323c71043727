/**
 * Weight files: a ParamSet with the model's spec and a record of how it was made,
 * as JSON with each parameter's bytes in base64 (compact, readable header): float32
 * (exact) or float16 (half the download; the pretrained models ship so, and their
 * metadata records what the rounding costs in held-out perplexity). Used by scripts/pretrain.ts to write public/models/ and by the page,
 * the worker and the lab to read them back. No tfjs.
 */
import type { CellKind, ParamSet, ParamArray } from './params';

export const WEIGHTS_FORMAT = 'rnn-notebook-weights/1';

export interface WeightsSpec {
  cell: CellKind;
  vocab: number;
  embed: number;
  hidden: number;
}

export interface WeightFile {
  spec: WeightsSpec;
  /** How the weights were made (steps, seed, perplexities, …): shown to the reader. */
  meta: Record<string, string | number | boolean>;
  params: ParamSet;
}

export type WeightPrecision = 'float32' | 'float16';

const BYTES: Record<WeightPrecision, number> = { float32: 4, float16: 2 };

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** IEEE 754 half-precision bits of x, rounded to nearest even (overflow → ±Inf). */
export function toHalfBits(x: number): number {
  f32[0] = x;
  const bits = u32[0];
  const sign = (bits >>> 16) & 0x8000;
  const exp = (bits >>> 23) & 0xff;
  const mant = bits & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0); // Inf, NaN
  const e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign; // too small even for a subnormal
    const m = mant | 0x800000;
    const shift = 14 - e;
    const half = 1 << (shift - 1);
    const rest = m & ((1 << shift) - 1);
    let out = m >>> shift;
    if (rest > half || (rest === half && out & 1)) out++;
    return sign | out;
  }
  let out = (e << 10) | (mant >>> 13);
  const rest = mant & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && out & 1)) out++; // may carry into the exponent: still right
  return sign | out;
}

/** The number a half-precision bit pattern stands for. */
export function fromHalfBits(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >>> 10) & 0x1f;
  const mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

/** The parameters as a float16 file would give them back (to measure what rounding costs). */
export function roundParams(params: ParamSet, precision: WeightPrecision): ParamSet {
  if (precision === 'float32') return params;
  const out: ParamSet = {};
  for (const [name, p] of Object.entries(params)) out[name] = { shape: p.shape, data: Float32Array.from(p.data, (x) => fromHalfBits(toHalfBits(x))) };
  return out;
}

/** Little-endian bytes → base64 (works in Node and the browser). */
function toBase64(data: Float32Array, precision: WeightPrecision): string {
  const bytes = new Uint8Array(data.length * BYTES[precision]);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < data.length; k++) {
    if (precision === 'float32') view.setFloat32(k * 4, data[k], true);
    else view.setUint16(k * 2, toHalfBits(data[k]), true);
  }
  let binary = '';
  for (let k = 0; k < bytes.length; k += 0x8000) binary += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string, size: number, name: string, precision: WeightPrecision): Float32Array {
  const binary = atob(text);
  const width = BYTES[precision];
  if (binary.length !== size * width) throw new Error(`Weight "${name}" has ${binary.length / width} numbers, expected ${size}.`);
  const view = new DataView(new ArrayBuffer(binary.length));
  for (let k = 0; k < binary.length; k++) view.setUint8(k, binary.charCodeAt(k));
  const out = new Float32Array(size);
  for (let k = 0; k < size; k++) out[k] = precision === 'float32' ? view.getFloat32(k * 4, true) : fromHalfBits(view.getUint16(k * 2, true));
  return out;
}

export function serializeWeights(file: WeightFile, precision: WeightPrecision = 'float32'): string {
  const params: Record<string, { shape: number[]; dtype: WeightPrecision; data: string }> = {};
  for (const [name, p] of Object.entries(file.params)) params[name] = { shape: [...p.shape], dtype: precision, data: toBase64(p.data, precision) };
  return JSON.stringify({ format: WEIGHTS_FORMAT, spec: file.spec, meta: file.meta, params }, null, 1) + '\n';
}

/** Parses and checks a weight file; throws a readable Error when it is not one. */
export function parseWeights(text: string): WeightFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('The weight file is not valid JSON.');
  }
  const obj = raw as { format?: unknown; spec?: WeightsSpec; meta?: WeightFile['meta']; params?: Record<string, { shape: number[]; dtype?: string; data: string }> };
  if (obj?.format !== WEIGHTS_FORMAT || !obj.spec || !obj.params) throw new Error(`Not a weight file of format ${WEIGHTS_FORMAT}.`);
  const params: ParamSet = {};
  for (const [name, p] of Object.entries(obj.params)) {
    if (!Array.isArray(p.shape) || (p.shape.length !== 1 && p.shape.length !== 2)) throw new Error(`Weight "${name}" has a bad shape.`);
    const size = p.shape.reduce((a, b) => a * b, 1);
    const dtype = p.dtype ?? 'float32';
    if (dtype !== 'float32' && dtype !== 'float16') throw new Error(`Weight "${name}" has an unknown number type "${dtype}".`);
    params[name] = { shape: p.shape as ParamArray['shape'], data: fromBase64(p.data, size, name, dtype) };
  }
  return { spec: obj.spec, meta: obj.meta ?? {}, params };
}
