/**
 * Input checks for the fast analysis path. Bad input (an empty sequence, a token
 * outside the vocabulary, a missing or mis-shaped matrix, NaN/Inf in the weights)
 * is a programming error and throws; NaN that arises *during* the computation is a
 * result the page draws, so nothing after these checks throws.
 */
import type { ParamArray, ParamSet, CellKind, Activation } from '../params';
import { LSTM_GATES } from '../params';
import type { AnalysisOptions } from '../analysis';

/** Sizes of a single-layer language model: T steps, V words, D embedding, H hidden. */
export interface ModelDims {
  T: number;
  V: number;
  D: number;
  H: number;
}

const ACTIVATIONS: readonly Activation[] = ['tanh', 'sigmoid', 'relu', 'identity'];

/** Names of the parameters a single-layer model of this cell reads, in gradient order. */
export function parameterNames(cell: CellKind): string[] {
  if (cell === 'rnn') return ['E', 'W_e', 'W_h', 'b_1', 'U', 'b_2'];
  const names = ['E'];
  for (const g of LSTM_GATES) names.push(`W_${g}`, `U_${g}`, `b_${g}`);
  names.push('U', 'b_2');
  return names;
}

function requireParam(params: ParamSet, name: string, shape: number[]): ParamArray {
  const p = params[name];
  if (!p) throw new Error(`analyzeSequenceFast: parameter "${name}" is missing`);
  const same = p.shape.length === shape.length && p.shape.every((s, k) => s === shape[k]);
  if (!same) {
    throw new Error(`analyzeSequenceFast: parameter "${name}" has shape [${p.shape.join(', ')}], expected [${shape.join(', ')}]`);
  }
  const size = shape.reduce((a, b) => a * b, 1);
  if (p.data.length !== size) {
    throw new Error(`analyzeSequenceFast: parameter "${name}" holds ${p.data.length} numbers, its shape needs ${size}`);
  }
  for (let k = 0; k < size; k++) {
    if (!Number.isFinite(p.data[k])) {
      throw new Error(`analyzeSequenceFast: parameter "${name}" has a non-finite entry (${p.data[k]}) at index ${k}`);
    }
  }
  return p;
}

/**
 * Checks config, tokens, options and every parameter the cell reads; returns the sizes.
 * Extra entries in `params` (e.g. other layers' "W_h@1") are ignored.
 */
export function validateInputs(
  params: ParamSet,
  config: { cell: CellKind; activation: Activation },
  tokens: readonly number[],
  options: AnalysisOptions,
): ModelDims {
  if (config.cell !== 'rnn' && config.cell !== 'lstm') {
    throw new Error(`analyzeSequenceFast: unknown cell "${String(config.cell)}" (expected "rnn" or "lstm")`);
  }
  if (!ACTIVATIONS.includes(config.activation)) {
    throw new Error(`analyzeSequenceFast: unknown activation "${String(config.activation)}"`);
  }
  const { truncation, clip } = options;
  if (!Number.isInteger(truncation) || truncation < 0) {
    throw new Error(`analyzeSequenceFast: truncation must be a non-negative integer (0 = off), got ${truncation}`);
  }
  if (!Number.isFinite(clip) || clip < 0) {
    throw new Error(`analyzeSequenceFast: clip must be a finite number ≥ 0 (0 = off), got ${clip}`);
  }
  if (!Array.isArray(tokens)) throw new Error('analyzeSequenceFast: tokens must be an array of integer token ids');
  if (tokens.length < 2) {
    throw new Error(`analyzeSequenceFast: empty sequence: need at least 2 tokens (one input and its target), got ${tokens.length}`);
  }

  const E = params['E'];
  if (!E || E.shape.length !== 2) throw new Error('analyzeSequenceFast: parameter "E" [D][V] is missing or not a matrix');
  const [D, V] = E.shape;
  const recurrent = params[config.cell === 'rnn' ? 'W_h' : 'W_f'];
  if (!recurrent || recurrent.shape.length !== 2) {
    throw new Error(`analyzeSequenceFast: parameter "${config.cell === 'rnn' ? 'W_h' : 'W_f'}" [H][H] is missing or not a matrix`);
  }
  const H = recurrent.shape[0];
  if (D < 1 || V < 1 || H < 1) throw new Error(`analyzeSequenceFast: empty model (D=${D}, V=${V}, H=${H})`);

  const shapes: Record<string, number[]> = { E: [D, V], U: [V, H], b_2: [V] };
  if (config.cell === 'rnn') Object.assign(shapes, { W_e: [H, D], W_h: [H, H], b_1: [H] });
  else for (const g of LSTM_GATES) Object.assign(shapes, { [`W_${g}`]: [H, H], [`U_${g}`]: [H, D], [`b_${g}`]: [H] });
  for (const name of parameterNames(config.cell)) requireParam(params, name, shapes[name]);

  for (let t = 0; t < tokens.length; t++) {
    const x = tokens[t];
    if (!Number.isInteger(x) || x < 0 || x >= V) {
      throw new Error(`analyzeSequenceFast: token ${x} at position ${t} is out of range (vocabulary size ${V})`);
    }
  }
  return { T: tokens.length - 1, V, D, H };
}
