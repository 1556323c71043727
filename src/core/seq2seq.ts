/**
 * The smallest honest encoder–decoder, on the core's LSTM cells: an encoder reads the
 * source, its final (h, c) becomes the decoder's initial state, and the decoder is a
 * conditional language model over the output, trained with teacher forcing and run
 * greedily (feeding back its own choice) to predict.
 *
 * Parameters: E_enc, E_dec [D][V]; encoder U_·@enc, W_·@enc, b_·@enc; decoder the
 * same with @dec; head U [V][H], b_2 [V].
 */
import * as tf from '@tensorflow/tfjs-core';
import './tf-gradients';
import { glorot, initLayer, zeros, type ParamSet } from './params';
import { createRng } from './random';
import { embed, crossEntropyRows, packSequences } from './network';
import { prepareLayerWeights, runLayer, type LayerWeights, type ParamTensors } from './layer';
import { lstmStep } from './cells';
import { clipByGlobalNorm, globalNorm } from './clip';

export interface Seq2SeqSpec {
  vocab: number;
  embed: number;
  hidden: number;
}

export function initSeq2Seq(spec: Seq2SeqSpec, seed: number): ParamSet {
  const rng = createRng(seed);
  const { vocab: V, embed: D, hidden: H } = spec;
  const layer = (suffix: string) => initLayer({ cell: 'lstm', input: D, hidden: H }, { radius: 1, forgetBias: 1 }, rng, suffix);
  return { E_enc: glorot(D, V, rng), ...layer('@enc'), E_dec: glorot(D, V, rng), ...layer('@dec'), U: glorot(V, H, rng), b_2: zeros([V]) };
}

interface Encoded {
  /** h_enc(t), each [B, H]. */
  states: tf.Tensor2D[];
  h: tf.Tensor2D;
  c: tf.Tensor2D;
}

function encode(p: ParamTensors, spec: Seq2SeqSpec, sources: number[][]): Encoded {
  const batch = packSequences(sources);
  const w = prepareLayerWeights(p, 'lstm', 'tanh', spec.hidden, '@enc');
  const trace = runLayer(embed(p.E_enc, batch.ids, spec.vocab), batch.length, batch.batch, w, { reverse: false, truncation: 0 });
  const T = batch.length;
  return { states: trace.h, h: trace.h[T - 1], c: trace.lstm!.c[T - 1] };
}

/** One decoder step from (h, c) on input ids [B]: returns logits [B, V] and the new state. */
function decodeStep(p: ParamTensors, spec: Seq2SeqSpec, w: LayerWeights, ids: Int32Array, h: tf.Tensor2D, c: tf.Tensor2D) {
  const inputPart = tf.add(tf.matMul(embed(p.E_dec, ids, spec.vocab), w.inputT), w.bias) as tf.Tensor2D;
  const step = lstmStep(inputPart, h, c, w.recurrentT);
  const logits = tf.add(tf.matMul(step.h, tf.transpose(p.U as tf.Tensor2D)), p.b_2) as tf.Tensor2D;
  return { logits, h: step.h, c: step.c };
}

/** Mean cross-entropy of the decoder under teacher forcing. All sequences of a batch have equal lengths. */
export function seq2seqLoss(p: ParamTensors, spec: Seq2SeqSpec, sources: number[][], inputs: number[][], targets: number[][]): tf.Scalar {
  const enc = encode(p, spec, sources);
  const w = prepareLayerWeights(p, 'lstm', 'tanh', spec.hidden, '@dec');
  let { h, c } = enc;
  const losses: tf.Tensor1D[] = [];
  for (let t = 0; t < inputs[0].length; t++) {
    const step = decodeStep(p, spec, w, Int32Array.from(inputs.map((s) => s[t])), h, c);
    losses.push(crossEntropyRows(step.logits, Int32Array.from(targets.map((s) => s[t]))));
    ({ h, c } = step);
  }
  return tf.mean(tf.stack(losses)) as tf.Scalar;
}

export interface Decoded {
  /** Generated ids, without the end mark. */
  output: number[];
  /** Probability of each generated id (including the end mark). */
  confidence: number[];
  /** Encoder states row-major [T][H], and the decoder's initial state h_dec(0) = h_enc(T). */
  encoderStates: Float32Array;
  context: Float32Array;
}

/** Greedy decoding from `start` until `end` or maxLength tokens. */
export function greedyDecode(p: ParamTensors, spec: Seq2SeqSpec, source: number[], start: number, end: number, maxLength: number): Decoded {
  return tf.tidy(() => {
    const enc = encode(p, spec, [source]);
    const w = prepareLayerWeights(p, 'lstm', 'tanh', spec.hidden, '@dec');
    let { h, c } = enc;
    let prev = start;
    const output: number[] = [];
    const confidence: number[] = [];
    for (let k = 0; k <= maxLength; k++) {
      const step = decodeStep(p, spec, w, Int32Array.of(prev), h, c);
      const probs = tf.softmax(step.logits).dataSync();
      let best = 0;
      for (let v = 1; v < probs.length; v++) if (probs[v] > probs[best]) best = v;
      confidence.push(probs[best]);
      if (best === end) break;
      output.push(best);
      ({ h, c } = step);
      prev = best;
    }
    return { output, confidence, encoderStates: Float32Array.from(tf.concat(enc.states, 0).dataSync()), context: Float32Array.from(enc.h.dataSync()) };
  });
}

/** Variables, Adam and clipping for training a seq2seq model. Call dispose(). */
export class Seq2SeqTrainer {
  readonly vars: Record<string, tf.Variable>;
  private readonly optimizer: tf.Optimizer = tf.train.adam(0.01);

  constructor(readonly spec: Seq2SeqSpec, seed: number) {
    const params = initSeq2Seq(spec, seed);
    this.vars = tf.tidy(() => Object.fromEntries(Object.entries(params).map(([n, v]) => [n, tf.variable(tf.tensor(v.data, v.shape), true)])));
  }

  step(sources: number[][], inputs: number[][], targets: number[][]): number {
    return tf.tidy(() => {
      const { value, grads } = tf.variableGrads(() => seq2seqLoss(this.vars, this.spec, sources, inputs, targets), Object.values(this.vars));
      const norm = globalNorm(Object.values(grads)).dataSync()[0];
      if (Number.isFinite(norm)) this.optimizer.applyGradients(clipByGlobalNorm(grads, norm, 1));
      return value.dataSync()[0];
    });
  }

  dispose(): void {
    this.optimizer.dispose();
    Object.values(this.vars).forEach((v) => v.dispose());
  }
}
