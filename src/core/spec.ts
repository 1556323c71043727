/**
 * What a model is: cell, sizes, depth, direction and head. Also the parameter names
 * of each layer and the seeded initial values.
 *
 * Parameter names (suffix convention of `initLayer` in params.ts):
 *   layer 0, forward      W_h, W_e, b_1          (LSTM: W_f … b_c)   — no suffix
 *   layer l > 0, forward  W_h@1, W_e@1, …        suffix "@l"
 *   backward direction    W_h@0<, W_h@1<, …      suffix "@l<"
 *   embedding E [D][V]; head U [K][H_out], b_2 [K] (K = V for a language model,
 *   the number of classes otherwise; H_out = 2H when bidirectional).
 * A one-layer unidirectional language model therefore has exactly the names and the
 * initial values of `initLanguageModel`.
 */
import {
  initLayer,
  glorot,
  zeros,
  LSTM_GATES,
  type Activation,
  type CellKind,
  type ParamSet,
  type RecurrentInit,
} from './params';
import { createRng } from './random';

/** lm: softmax over the vocabulary at every step; tagger: a class per token; classifier: one class per sequence. */
export type HeadKind = 'lm' | 'tagger' | 'classifier';
/** How a classifier turns the hidden states into one vector (lecture §2). */
export type Pooling = 'final' | 'mean' | 'max';

export interface ModelSpec {
  cell: CellKind;
  /** Simple RNN only; default tanh. */
  activation?: Activation;
  /** V: vocabulary size (input tokens are ids in [0, V)). */
  vocab: number;
  /** D: embedding size. */
  embed: number;
  /** H: hidden size of every layer (per direction). */
  hidden: number;
  /** Stacked layers; default 1. */
  layers?: number;
  /** Forward and backward RNN, hidden states concatenated; default false. */
  bidirectional?: boolean;
  /** Default 'lm'. */
  head?: HeadKind;
  /** K for tagger and classifier heads. */
  classes?: number;
  /** Classifier only; default 'final'. */
  pooling?: Pooling;
}

export type ResolvedSpec = Required<ModelSpec>;

export const MAX_SIZE = 4096;

/** Fills defaults and rejects impossible settings with a message a person understands. */
export function resolveSpec(spec: ModelSpec): ResolvedSpec {
  const head = spec.head ?? 'lm';
  const out: ResolvedSpec = {
    cell: spec.cell,
    activation: spec.activation ?? 'tanh',
    vocab: spec.vocab,
    embed: spec.embed,
    hidden: spec.hidden,
    layers: spec.layers ?? 1,
    bidirectional: spec.bidirectional ?? false,
    head,
    classes: head === 'lm' ? spec.vocab : (spec.classes ?? 0),
    pooling: spec.pooling ?? 'final',
  };
  if (out.cell !== 'rnn' && out.cell !== 'lstm') throw new Error(`Unknown cell "${String(out.cell)}": use "rnn" or "lstm".`);
  if (!['tanh', 'sigmoid', 'relu', 'identity'].includes(out.activation)) {
    throw new Error(`Unknown activation "${out.activation}": use tanh, sigmoid, relu or identity.`);
  }
  for (const key of ['vocab', 'embed', 'hidden', 'layers', 'classes'] as const) {
    const v = out[key];
    if (!Number.isInteger(v) || v < 1 || v > MAX_SIZE) {
      throw new Error(`Model size "${key}" must be a whole number from 1 to ${MAX_SIZE}, got ${v}.`);
    }
  }
  if (!['lm', 'tagger', 'classifier'].includes(head)) throw new Error(`Unknown head "${head}".`);
  if (!['final', 'mean', 'max'].includes(out.pooling)) throw new Error(`Unknown pooling "${out.pooling}".`);
  if (head === 'lm' && out.bidirectional) {
    throw new Error('A bidirectional RNN cannot be a language model: its backward half would see the word it must predict.');
  }
  return out;
}

/** Suffix of layer `layer`'s parameter names; `backward` for the right-to-left direction. */
export function layerSuffix(layer: number, backward: boolean): string {
  if (layer === 0 && !backward) return '';
  return `@${layer}${backward ? '<' : ''}`;
}

/** Directions per layer: [false] or [false, true] (false = forward). */
export function directions(spec: ResolvedSpec): boolean[] {
  return spec.bidirectional ? [false, true] : [false];
}

/** Width of what a layer outputs: H, or 2H when bidirectional. */
export function outputWidth(spec: ResolvedSpec): number {
  return spec.hidden * (spec.bidirectional ? 2 : 1);
}

/** Input size of layer `layer`: D for the first, the output width of the one below otherwise. */
export function layerInputSize(spec: ResolvedSpec, layer: number): number {
  return layer === 0 ? spec.embed : outputWidth(spec);
}

/** Every parameter's name and shape, in a fixed order (the order of initialisation). */
export function paramShapes(spec: ResolvedSpec): Record<string, [number] | [number, number]> {
  const { hidden: H, vocab: V, embed: D, classes: K } = spec;
  const out: Record<string, [number] | [number, number]> = { E: [D, V] };
  for (let l = 0; l < spec.layers; l++) {
    const In = layerInputSize(spec, l);
    for (const back of directions(spec)) {
      const s = layerSuffix(l, back);
      if (spec.cell === 'rnn') {
        out['W_e' + s] = [H, In];
        out['W_h' + s] = [H, H];
        out['b_1' + s] = [H];
      } else {
        for (const g of LSTM_GATES) {
          out[`W_${g}${s}`] = [H, H];
          out[`U_${g}${s}`] = [H, In];
          out[`b_${g}${s}`] = [H];
        }
      }
    }
  }
  out.U = [K, outputWidth(spec)];
  out.b_2 = [K];
  return out;
}

/**
 * Seeded initial parameters: E, then each layer (forward then backward direction),
 * then U, b_2 — the same random stream as `initLanguageModel` for one layer.
 */
export function initModelParams(spec: ModelSpec, init: RecurrentInit, seed: number): ParamSet {
  const s = resolveSpec(spec);
  const rng = createRng(seed);
  const out: ParamSet = { E: glorot(s.embed, s.vocab, rng) };
  for (let l = 0; l < s.layers; l++) {
    for (const back of directions(s)) {
      Object.assign(out, initLayer({ cell: s.cell, input: layerInputSize(s, l), hidden: s.hidden }, init, rng, layerSuffix(l, back)));
    }
  }
  out.U = glorot(s.classes, outputWidth(s), rng);
  out.b_2 = zeros([s.classes]);
  return out;
}
