/**
 * One forward + BPTT pass over a single sequence, returned as plain numbers: the
 * numbers every gradient picture in the notebook is drawn from.
 *
 * ∂J/∂h(t) is read with autograd through "probes": a zero tensor is added to every
 * h(t) (and c(t)); the gradient with respect to that zero is the total derivative of
 * J with respect to h(t), through the output at t and through all later steps.
 * ‖∂J(T)/∂h(t)‖ needs the gradient of a different scalar (the last step's loss),
 * hence a second backward pass over the same probes.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { AnalysisOptions, SequenceAnalysis } from './analysis';
import type { RecurrentModel } from './model';
import { crossEntropyRows, forward, packSequences, type Probes } from './network';
import { directions } from './spec';
import { checkIds } from './validate';
import { clipByGlobalNorm, globalNorm } from './clip';
import type { LayerTrace } from './layer';

export interface SequenceInput {
  /** Input ids x(1) … x(T). */
  tokens: ArrayLike<number>;
  /** lm / tagger: one target per step (for a language model the next token); classifier: one class id. */
  targets: ArrayLike<number>;
}

/** A language-model sequence of T+1 tokens as T inputs and T next-token targets. */
export function nextTokenPairs(sequence: ArrayLike<number>): SequenceInput {
  const ids = Array.from(sequence);
  return { tokens: ids.slice(0, -1), targets: ids.slice(1) };
}

/** Throws unless the truncation window and clipping threshold are usable. */
export function checkAnalysisOptions(options: AnalysisOptions): void {
  if (!Number.isInteger(options.truncation) || options.truncation < 0) {
    throw new Error(`Truncation must be a whole number ≥ 0 (0 = off), got ${options.truncation}.`);
  }
  if (!Number.isFinite(options.clip) || options.clip < 0) {
    throw new Error(`The clipping threshold must be a finite number ≥ 0 (0 = off), got ${options.clip}.`);
  }
}

/**
 * Forward + BPTT on one sequence (batch of 1, zero initial state). Values of the top
 * layer; for a bidirectional model each per-step vector is [forward; backward] (so
 * `hidden` is 2H) and the norms are over both halves.
 */
export function analyzeSequence(model: RecurrentModel, input: SequenceInput, options: AnalysisOptions): SequenceAnalysis {
  const spec = model.spec;
  checkAnalysisOptions(options);
  checkIds(input.tokens, spec.vocab, 'Token');
  checkIds(input.targets, spec.classes, 'Target');
  const T = input.tokens.length;
  const isClassifier = spec.head === 'classifier';
  const expectedTargets = isClassifier ? 1 : T;
  if (input.targets.length !== expectedTargets) {
    throw new Error(`Expected ${expectedTargets} target id${expectedTargets === 1 ? '' : 's'}, got ${input.targets.length}.`);
  }
  const batch = packSequences([input.tokens]);
  const targets = Int32Array.from(input.targets);
  const dirs = directions(spec).length;
  const H = spec.hidden;
  const isLstm = spec.cell === 'lstm';
  const width = H * dirs;

  let result: SequenceAnalysis | undefined;
  // Every tensor made here dies with this scope; only numbers leave it.
  tf.tidy(() => {
    const zeroSteps = () => Array.from({ length: T }, () => tf.zeros([1, H]) as tf.Tensor2D);
    const probes: Probes = { h: Array.from({ length: dirs }, zeroSteps) };
    if (isLstm) probes.c = Array.from({ length: dirs }, zeroSteps);
    const params = model.tensors();
    const names = Object.keys(params);
    const paramList = names.map((n) => params[n]);
    const hProbes = probes.h.flat();
    const cProbes = probes.c?.flat() ?? [];

    let stepLosses: Float32Array = new Float32Array(0);
    let hiddenStates: Float32Array = new Float32Array(0);
    let lstmValues: Record<'c' | 'f' | 'i' | 'o' | 'candidate', Float32Array> | undefined;

    // Pass 1: J (mean loss) with respect to parameters and all probes; read the forward values on the way.
    const first = tf.engine().gradients(
      () => {
        const out = forward(params, spec, batch, { truncation: options.truncation, probes });
        const rows = crossEntropyRows(out.logits, targets);
        stepLosses = readFloats(rows);
        hiddenStates = readFloats(out.top);
        if (isLstm) lstmValues = readLstm(out.layers[out.layers.length - 1], T, width);
        return tf.mean(rows) as tf.Scalar;
      },
      [...paramList, ...hProbes, ...cProbes],
      undefined,
      true,
    );
    const grads = first.grads.map((g, k) => g ?? tf.zerosLike([...paramList, ...hProbes, ...cProbes][k]));
    const paramGrads: tf.NamedTensorMap = {};
    names.forEach((n, k) => (paramGrads[n] = grads[k]));
    const hGrads = grads.slice(names.length, names.length + hProbes.length);
    const cGrads = grads.slice(names.length + hProbes.length);

    const paramGradNorm = globalNorm(Object.values(paramGrads)).dataSync()[0];
    const clipped = clipByGlobalNorm(paramGrads, paramGradNorm, options.clip);
    const clippedGradNorm = clipped === paramGrads ? paramGradNorm : globalNorm(Object.values(clipped)).dataSync()[0];

    // Pass 2: the last step's loss J(T) alone (a classifier has only one loss: the same).
    let lastGrads = hGrads;
    if (!isClassifier) {
      const second = tf.engine().gradients(
        () => {
          const out = forward(params, spec, batch, { truncation: options.truncation, probes });
          const rows = crossEntropyRows(out.logits, targets);
          return tf.reshape(tf.slice(rows, [T - 1], [1]), []) as tf.Scalar;
        },
        hProbes,
        undefined,
        true,
      );
      lastGrads = second.grads.map((g, k) => g ?? tf.zerosLike(hProbes[k]));
    }

    const loss = first.value.dataSync()[0];
    result = {
      cell: spec.cell,
      activation: spec.activation,
      length: T,
      hidden: width,
      loss,
      perplexity: Math.exp(loss),
      stepLosses,
      hiddenStates,
      gradNorms: stepNorms(hGrads, dirs, T),
      gradFromLast: stepNorms(lastGrads, dirs, T),
      paramGradNorm,
      clippedGradNorm,
    };
    if (isLstm && lstmValues) {
      result.lstm = {
        cellStates: lstmValues.c,
        forget: lstmValues.f,
        input: lstmValues.i,
        output: lstmValues.o,
        candidate: lstmValues.candidate,
        cellGradNorms: stepNorms(cGrads, dirs, T),
      };
    }
  });
  return result!;
}

/** A tensor's values as a fresh Float32Array (dataSync may return the backend's own buffer). */
export function readFloats(t: tf.Tensor): Float32Array {
  return Float32Array.from(t.dataSync());
}

/** ‖g(t)‖ per step, over all directions; `grads` is direction-major [dir][t], each [1, H]. */
function stepNorms(grads: tf.Tensor[], dirs: number, T: number): Float32Array {
  const perDir = Array.from({ length: dirs }, (_, d) => tf.sum(tf.square(tf.stack(grads.slice(d * T, (d + 1) * T))), [1, 2]));
  return readFloats(tf.sqrt(dirs === 1 ? perDir[0] : tf.addN(perDir)));
}

/** The top layer's LSTM values, each row-major [T][width] (directions side by side). */
function readLstm(top: LayerTrace[], T: number, width: number): Record<'c' | 'f' | 'i' | 'o' | 'candidate', Float32Array> {
  const read = (key: 'c' | 'f' | 'i' | 'o' | 'candidate') => {
    const perDir = top.map((tr) => tf.stack(tr.lstm![key]) as tf.Tensor3D);
    const joined = perDir.length === 1 ? perDir[0] : tf.concat(perDir, 2);
    return readFloats(tf.reshape(joined, [T, width]));
  };
  return { c: read('c'), f: read('f'), i: read('i'), o: read('o'), candidate: read('candidate') };
}
