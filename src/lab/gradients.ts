/**
 * `npm run lab -- gradients …`: one forward + BPTT pass of a freshly initialised
 * language model on a seeded random sequence, printed as one JSON object. The same
 * core computes the notebook's gradient pictures, so this is how to check them
 * outside a browser.
 */
import type { ParamSet } from '../core/params';
import { parseOptions, type OptionSpecs } from './args';

export const gradientsOptions = {
  cell: { kind: 'choice', choices: ['rnn', 'lstm'], default: 'rnn', help: 'simple RNN or LSTM' },
  activation: { kind: 'choice', choices: ['tanh', 'sigmoid', 'relu', 'identity'], default: 'tanh', help: 'σ of the simple RNN' },
  vocab: { kind: 'int', min: 2, max: 1024, default: 20, help: 'V, vocabulary size' },
  embed: { kind: 'int', min: 1, max: 1024, default: 8, help: 'D, embedding size' },
  hidden: { kind: 'int', min: 1, max: 1024, default: 16, help: 'H, hidden size' },
  length: { kind: 'int', min: 1, max: 2000, default: 30, help: 'T, steps' },
  radius: { kind: 'number', min: 0, max: 100, default: 1, help: 'spectral radius ρ of W_h (each W_· for LSTM)' },
  'forget-bias': { kind: 'number', min: -100, max: 100, default: 1, help: 'LSTM initial forget-gate bias b_f' },
  truncation: { kind: 'int', min: 0, max: 2000, default: 0, help: 'truncated-BPTT window k, 0 = off' },
  clip: { kind: 'number', min: 0, max: 1e12, default: 0, help: 'global-norm clipping threshold, 0 = off' },
  seed: { kind: 'int', min: 0, max: 2 ** 32 - 1, default: 0, help: 'seed of the weights and the tokens' },
  backend: { kind: 'choice', choices: ['cpu', 'wasm'], default: 'cpu', help: 'tfjs backend' },
} satisfies OptionSpecs;

/** Float32Array row-major [rows][cols] → nested number arrays. */
function rows(data: Float32Array, cols: number): number[][] {
  const out: number[][] = [];
  for (let r = 0; r * cols < data.length; r++) out.push(Array.from(data.subarray(r * cols, (r + 1) * cols)));
  return out;
}

function nestedParams(params: ParamSet, toNested: (p: ParamSet[string]) => number[] | number[][]): Record<string, number[] | number[][]> {
  const out: Record<string, number[] | number[][]> = {};
  for (const [name, p] of Object.entries(params)) out[name] = toNested(p);
  return out;
}

/** Runs the command; returns the JSON-ready result (main prints it). */
export async function runGradients(argv: readonly string[]): Promise<Record<string, unknown>> {
  const o = parseOptions(argv, gradientsOptions);
  // tfjs loads only after the options are known to be good, so a typo fails fast.
  const [{ initBackend }, { RecurrentModel }, { analyzeSequence }, { initModelParams }, { toNested }, { randomTokens }] = await Promise.all([
    import('../core/backend'),
    import('../core/model'),
    import('../core/analyze'),
    import('../core/spec'),
    import('../core/params'),
    import('../data/random-tokens'),
  ]);
  const cell = o.cell as 'rnn' | 'lstm';
  const activation = o.activation as 'tanh' | 'sigmoid' | 'relu' | 'identity';
  await initBackend(o.backend as 'cpu' | 'wasm');
  const spec = { cell, activation, vocab: o.vocab, embed: o.embed, hidden: o.hidden };
  const params = initModelParams(spec, { radius: o.radius, forgetBias: o['forget-bias'] }, o.seed);
  const sequence = randomTokens(o.length + 1, o.vocab, o.seed);
  const tokens = sequence.slice(0, -1);
  const targets = sequence.slice(1);
  const model = new RecurrentModel(spec, params);
  try {
    const a = analyzeSequence(model, { tokens, targets }, { truncation: o.truncation, clip: o.clip });
    const result: Record<string, unknown> = {
      cell,
      activation,
      truncation: o.truncation,
      clip: o.clip,
      seed: o.seed,
      radius: o.radius,
      sizes: { vocab: o.vocab, embed: o.embed, hidden: o.hidden, length: o.length },
      tokens,
      targets,
      params: nestedParams(params, toNested),
      loss: a.loss,
      perplexity: a.perplexity,
      stepLosses: Array.from(a.stepLosses),
      gradNorms: Array.from(a.gradNorms),
      gradFromLast: Array.from(a.gradFromLast),
      paramGradNorm: a.paramGradNorm,
      clippedGradNorm: a.clippedGradNorm,
      hidden: rows(a.hiddenStates, a.hidden),
    };
    if (a.lstm) {
      result.forgetBias = o['forget-bias'];
      // `cell` already names the cell kind, so the cell states c(t) are `cellStates`.
      result.cellStates = rows(a.lstm.cellStates, a.hidden);
      result.gates = { f: rows(a.lstm.forget, a.hidden), i: rows(a.lstm.input, a.hidden), o: rows(a.lstm.output, a.hidden) };
      result.candidate = rows(a.lstm.candidate, a.hidden);
      result.cellGradNorms = Array.from(a.lstm.cellGradNorms);
    }
    return result;
  } finally {
    model.dispose();
  }
}
