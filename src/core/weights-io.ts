/**
 * Weight files: a ParamSet with the model's spec and a record of how it was made,
 * as JSON with each parameter's float32 bytes in base64 (compact, exact, readable
 * header). Used by scripts/pretrain.ts to write public/models/ and by the page,
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

/** Little-endian float32 bytes → base64 (works in Node and the browser). */
function toBase64(data: Float32Array): string {
  const bytes = new Uint8Array(data.length * 4);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < data.length; k++) view.setFloat32(k * 4, data[k], true);
  let binary = '';
  for (let k = 0; k < bytes.length; k += 0x8000) binary += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string, size: number, name: string): Float32Array {
  const binary = atob(text);
  if (binary.length !== size * 4) throw new Error(`Weight "${name}" has ${binary.length / 4} numbers, expected ${size}.`);
  const view = new DataView(new ArrayBuffer(binary.length));
  for (let k = 0; k < binary.length; k++) view.setUint8(k, binary.charCodeAt(k));
  const out = new Float32Array(size);
  for (let k = 0; k < size; k++) out[k] = view.getFloat32(k * 4, true);
  return out;
}

export function serializeWeights(file: WeightFile): string {
  const params: Record<string, { shape: number[]; data: string }> = {};
  for (const [name, p] of Object.entries(file.params)) params[name] = { shape: [...p.shape], data: toBase64(p.data) };
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
  const obj = raw as { format?: unknown; spec?: WeightsSpec; meta?: WeightFile['meta']; params?: Record<string, { shape: number[]; data: string }> };
  if (obj?.format !== WEIGHTS_FORMAT || !obj.spec || !obj.params) throw new Error(`Not a weight file of format ${WEIGHTS_FORMAT}.`);
  const params: ParamSet = {};
  for (const [name, p] of Object.entries(obj.params)) {
    if (!Array.isArray(p.shape) || (p.shape.length !== 1 && p.shape.length !== 2)) throw new Error(`Weight "${name}" has a bad shape.`);
    const size = p.shape.reduce((a, b) => a * b, 1);
    params[name] = { shape: p.shape as ParamArray['shape'], data: fromBase64(p.data, size, name) };
  }
  return { spec: obj.spec, meta: obj.meta ?? {}, params };
}
