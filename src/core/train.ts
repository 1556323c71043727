/**
 * Mini-batch training: one tf.tidy per step (loss, gradients, global norm, clipping,
 * update), so tf.memory().numTensors stays flat. One-layer language models and
 * taggers take their gradients from a hand-derived backward pass (explicit-backward.ts,
 * several times faster); every other model, and any trainer asked to, from autograd. A step whose loss or gradient is
 * NaN or ±Inf is reported and NOT applied: the parameters stay as they were.
 */
import * as tf from '@tensorflow/tfjs-core';
import './tf-gradients';
import type { RecurrentModel } from './model';
import { crossEntropyRows, forward, packSequences } from './network';
import { clipByGlobalNorm, clipScale, globalNorm } from './clip';
import { checkIds } from './validate';
import { explicitLossAndGrads, hasExplicitBackward } from './explicit-backward';

export type OptimizerKind = 'sgd' | 'adam';

export interface TrainerOptions {
  optimizer: OptimizerKind;
  learningRate: number;
  /** Global-norm clipping threshold (Algorithm 1); 0 = off. */
  clip: number;
  /** Truncated-BPTT window k; 0 = full BPTT. */
  truncation: number;
  /**
   * How gradients are computed: 'auto' (default) uses the explicit backward pass
   * where the model has one, autograd otherwise; 'autograd' always uses autograd
   * (the reference the explicit pass is tested against).
   */
  backward?: 'auto' | 'autograd';
  /**
   * Dropout rate on the hidden states fed to the softmax head (0 = off, the default),
   * inverted so evaluation needs no rescaling. Explicit backward pass only.
   */
  dropout?: number;
  /** Seeds the dropout masks (step n uses seed + n), so a run is reproducible. */
  seed?: number;
}

/**
 * B sequences of equal length T. lm / tagger: `targets` holds one id per input step
 * (for a language model, the next token); classifier: one class id per sequence.
 */
export interface TrainingBatch {
  inputs: ArrayLike<number>[];
  targets: ArrayLike<number>[] | ArrayLike<number>;
}

export interface TrainStepResult {
  /** Mean cross-entropy over the batch (and steps), before the update. */
  loss: number;
  /** ‖∂J/∂θ‖ before clipping. */
  gradNorm: number;
  /** After clipping (= gradNorm when clipping is off or not triggered). */
  clippedGradNorm: number;
  /** True if the loss or the gradient contained NaN or ±Inf. */
  nonFinite: boolean;
  /** False when the step was skipped (nonFinite): the parameters did not change. */
  updated: boolean;
}

/** Checks a batch against the model and returns time-major input and target ids. */
function packBatch(model: RecurrentModel, batch: TrainingBatch): { inputs: ReturnType<typeof packSequences>; targets: Int32Array } {
  const { spec } = model;
  if (batch.inputs.length === 0) throw new Error('The batch is empty: at least one sequence is needed.');
  for (const seq of batch.inputs) checkIds(seq, spec.vocab, 'Token');
  const inputs = packSequences(batch.inputs);
  if (spec.head === 'classifier') {
    const labels = batch.targets as ArrayLike<number>;
    checkIds(labels, spec.classes, 'Target');
    if (labels.length !== inputs.batch) throw new Error(`Expected ${inputs.batch} class ids (one per sequence), got ${labels.length}.`);
    return { inputs, targets: Int32Array.from(labels) };
  }
  const targetSeqs = batch.targets as ArrayLike<number>[];
  if (targetSeqs.length !== inputs.batch) throw new Error(`Expected ${inputs.batch} target sequences, got ${targetSeqs.length}.`);
  for (const seq of targetSeqs) {
    checkIds(seq, spec.classes, 'Target');
    if (seq.length !== inputs.length) throw new Error(`Each target sequence needs ${inputs.length} ids (one per input step), got ${seq.length}.`);
  }
  return { inputs, targets: packSequences(targetSeqs).ids };
}

/** Inverted-dropout mask: 0 with probability `rate`, else 1/(1 − rate); seeded. */
function dropoutMask(shape: [number, number], rate: number, seed: number): tf.Tensor2D {
  const keep = tf.greaterEqual(tf.randomUniform(shape, 0, 1, 'float32', seed), rate);
  return tf.mul(tf.cast(keep, 'float32'), 1 / (1 - rate)) as tf.Tensor2D;
}

export class Trainer {
  readonly model: RecurrentModel;
  readonly options: TrainerOptions;
  private readonly optimizer: tf.Optimizer;
  /** The variables the optimiser updates (gradients come back keyed by their tfjs names). */
  private readonly varList: tf.Variable[];
  private readonly explicit: boolean;
  private readonly dropout: number;
  private steps = 0;

  constructor(model: RecurrentModel, options: TrainerOptions) {
    if (!(options.learningRate > 0) || !Number.isFinite(options.learningRate)) {
      throw new Error(`The learning rate must be a positive number, got ${options.learningRate}.`);
    }
    if (!(options.clip >= 0)) throw new Error(`The clipping threshold must be ≥ 0 (0 = off), got ${options.clip}.`);
    if (!Number.isInteger(options.truncation) || options.truncation < 0) {
      throw new Error(`Truncation must be a whole number ≥ 0 (0 = off), got ${options.truncation}.`);
    }
    const dropout = options.dropout ?? 0;
    if (!(dropout >= 0 && dropout < 1)) throw new Error(`Dropout must be in [0, 1), got ${options.dropout}.`);
    this.model = model;
    this.options = options;
    this.dropout = dropout;
    this.optimizer = options.optimizer === 'adam' ? tf.train.adam(options.learningRate) : tf.train.sgd(options.learningRate);
    this.varList = Object.values(model.variables);
    this.explicit = options.backward !== 'autograd' && hasExplicitBackward(model.spec);
    if (dropout > 0 && !this.explicit) throw new Error('Dropout is available only for one-layer models with a per-step head.');
  }

  /** The optimiser's current step size; set it between steps for a schedule (warm-up, decay). */
  get learningRate(): number {
    return (this.optimizer as unknown as { learningRate: number }).learningRate;
  }

  set learningRate(rate: number) {
    if (!(rate > 0) || !Number.isFinite(rate)) throw new Error(`The learning rate must be a positive number, got ${rate}.`);
    // SGD keeps its rate as a cached scalar (setLearningRate replaces it); Adam reads the field each step.
    const opt = this.optimizer as unknown as { learningRate: number; setLearningRate?: (r: number) => void };
    if (opt.setLearningRate) opt.setLearningRate(rate);
    else opt.learningRate = rate;
  }

  /** Mean loss of a batch without training (no gradient). */
  evaluate(batch: TrainingBatch): number {
    const { inputs, targets } = packBatch(this.model, batch);
    return tf.tidy(() => {
      const out = forward(this.model.tensors(), this.model.spec, inputs, { truncation: 0 });
      return tf.mean(crossEntropyRows(out.logits, targets)).dataSync()[0];
    }) as unknown as number;
  }

  /** One update on a mini-batch. */
  step(batch: TrainingBatch): TrainStepResult {
    const { inputs, targets } = packBatch(this.model, batch);
    const { options } = this;
    this.steps++;
    let result: TrainStepResult | undefined;
    tf.tidy(() => {
      const { value, grads } = this.lossAndGrads(inputs, targets);
      const loss = value.dataSync()[0];
      const gradNorm = globalNorm(Object.values(grads)).dataSync()[0];
      if (!Number.isFinite(loss) || !Number.isFinite(gradNorm)) {
        result = { loss, gradNorm, clippedGradNorm: gradNorm, nonFinite: true, updated: false };
        return;
      }
      const clipped = clipByGlobalNorm(grads, gradNorm, options.clip);
      // ‖s·g‖ = s‖g‖: no second pass over the gradients.
      const clippedGradNorm = gradNorm * clipScale(gradNorm, options.clip);
      this.optimizer.applyGradients(clipped);
      result = { loss, gradNorm, clippedGradNorm, nonFinite: false, updated: true };
    });
    return result!;
  }

  /** Mean loss and its gradients keyed by tfjs variable name (what applyGradients wants). */
  private lossAndGrads(inputs: ReturnType<typeof packSequences>, targets: Int32Array): { value: tf.Scalar; grads: tf.NamedTensorMap } {
    const { model, options } = this;
    if (!this.explicit) {
      return tf.variableGrads(() => {
        const out = forward(model.tensors(), model.spec, inputs, { truncation: options.truncation });
        return tf.mean(crossEntropyRows(out.logits, targets)) as tf.Scalar;
      }, this.varList);
    }
    const mask = this.dropout > 0 ? dropoutMask([inputs.length * inputs.batch, model.spec.hidden], this.dropout, (options.seed ?? 0) + this.steps) : undefined;
    const { loss, grads } = explicitLossAndGrads(model.tensors(), model.spec, inputs, targets, options.truncation, mask);
    const named: tf.NamedTensorMap = {};
    for (const [name, v] of Object.entries(model.variables)) named[v.name] = grads[name];
    return { value: loss, grads: named };
  }

  /** Frees the optimiser's state (Adam's moments, SGD's step size). The model is not disposed. */
  dispose(): void {
    this.optimizer.dispose();
  }
}
