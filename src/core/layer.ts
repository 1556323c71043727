/**
 * One recurrent layer run over a whole sequence in one direction, with truncated
 * BPTT and optional gradient probes. Tensors are time-major: step t of batch item b
 * is row t·B + b.
 */
import * as tf from '@tensorflow/tfjs-core';
import { LSTM_GATES, type Activation, type CellKind } from './params';
import { lstmStep, rnnStep } from './cells';
import { stopGradient } from './stop-gradient';

/** Parameters by name (tf.Variables of a model, or any tensors of the same shapes). */
export type ParamTensors = Record<string, tf.Tensor>;

/** A layer's matrices arranged for row-vector products (see cells.ts). */
export interface LayerWeights {
  cell: CellKind;
  activation: Activation;
  hidden: number;
  /** W_eᵀ [In, H], or [U_fᵀ U_iᵀ U_oᵀ U_cᵀ] [In, 4H]. */
  inputT: tf.Tensor2D;
  /** W_hᵀ [H, H], or [W_fᵀ W_iᵀ W_oᵀ W_cᵀ] [H, 4H]. */
  recurrentT: tf.Tensor2D;
  /** b_1 [H], or [b_f b_i b_o b_c] [4H]. */
  bias: tf.Tensor1D;
}

function param(params: ParamTensors, name: string): tf.Tensor {
  const p = params[name];
  if (!p) throw new Error(`Missing parameter "${name}".`);
  return p;
}

/** Builds a layer's transposed (and, for LSTM, gate-concatenated) weights from named parameters. */
export function prepareLayerWeights(params: ParamTensors, cell: CellKind, activation: Activation, hidden: number, suffix: string): LayerWeights {
  const t = (name: string) => tf.transpose(param(params, name + suffix) as tf.Tensor2D);
  if (cell === 'rnn') {
    return { cell, activation, hidden, inputT: t('W_e'), recurrentT: t('W_h'), bias: param(params, 'b_1' + suffix) as tf.Tensor1D };
  }
  return {
    cell,
    activation,
    hidden,
    inputT: tf.concat(LSTM_GATES.map((g) => t(`U_${g}`)), 1),
    recurrentT: tf.concat(LSTM_GATES.map((g) => t(`W_${g}`)), 1),
    bias: tf.concat(LSTM_GATES.map((g) => param(params, `b_${g}${suffix}`) as tf.Tensor1D)),
  };
}

/** Per-step tensors of one layer and direction, indexed by time t (not processing order). */
export interface LayerTrace {
  /** h(t), each [B, H]. */
  h: tf.Tensor2D[];
  lstm?: {
    c: tf.Tensor2D[];
    f: tf.Tensor2D[];
    i: tf.Tensor2D[];
    o: tf.Tensor2D[];
    candidate: tf.Tensor2D[];
  };
}

export interface LayerRunOptions {
  /** Process t = T-1 … 0 (the backward half of a bidirectional layer). */
  reverse: boolean;
  /** Truncated-BPTT window k (0 = off): the state carried out of processing steps k, 2k, … has no gradient. */
  truncation: number;
  /** Zeros [B, H] added to h(t) (indexed by t), to read ∂J/∂h(t) as a gradient. */
  probeH?: tf.Tensor2D[];
  /** Zeros [B, H] added to c(t) (LSTM). */
  probeC?: tf.Tensor2D[];
}

/**
 * Runs a layer over T steps from the zero state.
 * @param input layer input, time-major [T·B, In].
 */
export function runLayer(input: tf.Tensor2D, T: number, B: number, w: LayerWeights, opts: LayerRunOptions): LayerTrace {
  const H = w.hidden;
  // The input part of every step at once: one big product instead of T small ones.
  const inputParts = tf.unstack(tf.reshape(tf.add(tf.matMul(input, w.inputT), w.bias), [T, B, -1])) as tf.Tensor2D[];
  const h: tf.Tensor2D[] = new Array(T);
  const trace: LayerTrace = { h };
  const lstm = w.cell === 'lstm' ? { c: new Array(T), f: new Array(T), i: new Array(T), o: new Array(T), candidate: new Array(T) } : undefined;
  if (lstm) trace.lstm = lstm;
  let hPrev: tf.Tensor2D = tf.zeros([B, H]);
  let cPrev: tf.Tensor2D = tf.zeros([B, H]);
  for (let s = 0; s < T; s++) {
    const t = opts.reverse ? T - 1 - s : s;
    const boundary = opts.truncation > 0 && (s + 1) % opts.truncation === 0 && s + 1 < T;
    let ht: tf.Tensor2D;
    if (lstm) {
      const step = lstmStep(inputParts[t], hPrev, cPrev, w.recurrentT, opts.probeC?.[t]);
      lstm.c[t] = step.c;
      lstm.f[t] = step.f;
      lstm.i[t] = step.i;
      lstm.o[t] = step.o;
      lstm.candidate[t] = step.candidate;
      cPrev = boundary ? stopGradient(step.c) : step.c;
      ht = step.h;
    } else {
      ht = rnnStep(inputParts[t], hPrev, w.recurrentT, w.activation);
    }
    if (opts.probeH) ht = tf.add(ht, opts.probeH[t]);
    h[t] = ht;
    hPrev = boundary ? stopGradient(ht) : ht;
  }
  return trace;
}
