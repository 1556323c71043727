/**
 * Chapter 1's character-level language model on Moby-Dick, trained the same way in
 * the page's worker, the lab CLI and scripts/pretrain.ts: random windows of the
 * training text in mini-batches (teacher forcing: the true previous character is
 * always the input), Adam, global-norm clipping, full BPTT inside each window.
 * Held-out loss is measured on fixed windows of chapters never trained on.
 */
import { RecurrentModel } from '../model';
import { Trainer, type TrainingBatch } from '../train';
import { initModelParams, type ModelSpec } from '../spec';
import type { CellKind, ParamSet } from '../params';
import type { WeightsSpec } from '../weights-io';
import { concatParagraphs, evenWindows, windowBatches, type CharCorpus, type WindowBatch } from '../../data/char-corpus';
import { VOCAB_SIZE } from '../../data/char-vocab';

export interface CharLmSizes {
  embed: number;
  hidden: number;
}

/**
 * Sizes of a model trained live in the page (small, so a laptop trains it in
 * minutes). The shipped pretrained models are larger (scripts/pretrain.ts); a session
 * started from weights takes the weights' sizes.
 */
export const CHAR_LM_SIZES: Record<CellKind, CharLmSizes> = {
  rnn: { embed: 16, hidden: 128 },
  lstm: { embed: 32, hidden: 128 },
};

export const CHAR_LM_DEFAULTS = {
  batch: 32,
  length: 64,
  learningRate: 0.003,
  clip: 1,
  /** The LSTM's initial forget-gate bias (chapter 4: a positive bias helps memory). */
  forgetBias: 1,
  /** Held-out windows per evaluation (× length characters). */
  evalWindows: 32,
} as const;

/** `vocab`: tokens of the vocabulary (default: Moby-Dick's fixed one; a reader's text brings its own). */
export function charLmSpec(cell: CellKind, sizes: CharLmSizes = CHAR_LM_SIZES[cell], vocab: number = VOCAB_SIZE): WeightsSpec & ModelSpec {
  return { cell, vocab, embed: sizes.embed, hidden: sizes.hidden };
}

/** Embedding and hidden sizes read off a parameter set (E is [D, V], U is [V, H]). */
export function sizesOf(params: ParamSet): CharLmSizes {
  if (!params.E || !params.U) throw new Error('These weights are not a character language model (no E or U).');
  return { embed: params.E.shape[0], hidden: params.U.shape[1] ?? 0 };
}

export interface CharLmOptions {
  cell: CellKind;
  seed: number;
  /** Start from these weights (pretrained) instead of a seeded initialisation. */
  params?: ParamSet;
  /** Model sizes for a fresh initialisation (default CHAR_LM_SIZES); ignored with `params`. */
  sizes?: CharLmSizes;
  batch?: number;
  length?: number;
  learningRate?: number;
  /** A schedule: the learning rate of step n (1-based); overrides `learningRate`. */
  learningRateAt?: (step: number) => number;
  /** Global-norm clipping threshold (default CHAR_LM_DEFAULTS.clip). */
  clip?: number;
  /** Dropout on the hidden states before the softmax (default 0). */
  dropout?: number;
  /** Vocabulary size for a fresh initialisation (default VOCAB_SIZE); ignored with `params`. */
  vocab?: number;
}

export interface CharLmStep {
  step: number;
  /** Mean training cross-entropy of this step's batch (nats per character). */
  loss: number;
  gradNorm: number;
  /** Characters trained on so far (batch × length × steps). */
  chars: number;
}

/** Converts a mini-batch of windows to the Trainer's format. */
const asBatch = (w: WindowBatch): TrainingBatch => ({ inputs: w.inputs, targets: w.targets });

/** A model, its optimiser and its data, stepped one mini-batch at a time. Call dispose(). */
export class CharLmSession {
  readonly cell: CellKind;
  readonly model: RecurrentModel;
  readonly batch: number;
  readonly length: number;
  private readonly trainer: Trainer;
  private readonly next: () => WindowBatch;
  private readonly heldOut: TrainingBatch;
  private readonly learningRateAt?: (step: number) => number;
  private steps = 0;

  constructor(corpus: CharCorpus, options: CharLmOptions) {
    this.cell = options.cell;
    this.batch = options.batch ?? CHAR_LM_DEFAULTS.batch;
    this.length = options.length ?? CHAR_LM_DEFAULTS.length;
    const spec = options.params ? charLmSpec(options.cell, sizesOf(options.params)) : charLmSpec(options.cell, options.sizes, options.vocab);
    const params = options.params ?? initModelParams(spec, { radius: 1, forgetBias: CHAR_LM_DEFAULTS.forgetBias }, options.seed);
    this.model = new RecurrentModel(spec, params);
    this.trainer = new Trainer(this.model, {
      optimizer: 'adam',
      learningRate: options.learningRateAt?.(1) ?? options.learningRate ?? CHAR_LM_DEFAULTS.learningRate,
      clip: options.clip ?? CHAR_LM_DEFAULTS.clip,
      truncation: 0,
      dropout: options.dropout ?? 0,
      seed: options.seed,
    });
    this.learningRateAt = options.learningRateAt;
    this.next = windowBatches(concatParagraphs(corpus.train), this.batch, this.length, options.seed);
    this.heldOut = asBatch(evenWindows(concatParagraphs(corpus.heldOut), CHAR_LM_DEFAULTS.evalWindows, this.length));
  }

  get step(): number {
    return this.steps;
  }

  /** One Adam update on a fresh mini-batch. */
  trainStep(): CharLmStep {
    if (this.learningRateAt) this.trainer.learningRate = this.learningRateAt(this.steps + 1);
    const r = this.trainer.step(asBatch(this.next()));
    this.steps++;
    return { step: this.steps, loss: r.loss, gradNorm: r.gradNorm, chars: this.steps * this.batch * this.length };
  }

  /** Mean held-out cross-entropy (nats per character) on the fixed held-out windows. */
  heldOutLoss(): number {
    return this.trainer.evaluate(this.heldOut);
  }

  /** Mean cross-entropy of a batch without training (e.g. a training sample). */
  evaluate(batch: WindowBatch): number {
    return this.trainer.evaluate(asBatch(batch));
  }

  /** Number of held-out characters each evaluation predicts. */
  get heldOutChars(): number {
    return this.heldOut.inputs.length * this.length;
  }

  params(): ParamSet {
    return this.model.getParams();
  }

  dispose(): void {
    this.trainer.dispose();
    this.model.dispose();
  }
}
