/**
 * The exploding-gradients experiment, the same in the page (worker) and in tests:
 * a simple RNN with W_h = ρ·Q learns the long-lag recall task with plain SGD. With
 * the identity activation the backward pass multiplies by W_h at every step (the
 * chapter's proof), so as training pushes ρ(W_h) past 1 the gradient norm grows
 * until one update throws the weights so far that the loss overflows to NaN.
 * Clipping (Algorithm 1) can be switched on or off and re-thresholded at any step;
 * the last few parameter sets are kept so a run can be rewound to just before the
 * blow-up and replayed with clipping on. SGD has no state besides the learning
 * rate, so a rewind restores the run exactly.
 */
import { RecurrentModel } from '../model';
import { Trainer } from '../train';
import { spectralRadius } from '../eigen';
import type { Activation, ParamSet } from '../params';
import { LAG_SYMBOLS, LAG_VOCAB, checkLag, lagBatches, type LagBatch } from '../../data/long-lag';
import { SnapshotRing } from './snapshot-ring';
import { blowUpStart } from './blow-up';

export interface ExplodingSettings {
  /** Spectral radius ρ of W_h at initialisation. */
  rho: number;
  seed: number;
  hidden?: number;
  /** Distractors between the token to recall and the query. */
  lag?: number;
  batch?: number;
  activation?: Activation;
  /** How many pre-step parameter sets to keep for rewinding. */
  snapshots?: number;
}

/**
 * Measured with tfjs wasm in Node: with these sizes, SGD at learning rate 0.1 and no
 * clipping, ρ = 0.9–1.1 reaches a NaN loss within 7–130 steps for almost every seed
 * (ρ = 1.1, seed 1: step 45), ρ ≥ 1.2 within 5; with clipping at 1 every run trains
 * (loss → 0). Replays with clipping from replayPoint() all recovered.
 */
export const EXPLODING_DEFAULTS = { hidden: 32, lag: 10, batch: 16, activation: 'identity', snapshots: 12 } as const;

export interface StepControls {
  learningRate: number;
  /** Global-norm clipping threshold; 0 = off. */
  clip: number;
}

export interface ExplodingStep {
  /** 1-based index of this update. */
  step: number;
  /** Mean cross-entropy before the update. */
  loss: number;
  /** ‖∂J/∂θ‖ before clipping. */
  gradNorm: number;
  /** ‖ĝ‖ after clipping (= gradNorm when clipping is off or below the threshold). */
  clippedGradNorm: number;
  /** The clipping threshold in force at this step (0 = off). */
  clip: number;
  learningRate: number;
  /** Clipping scaled this step down. */
  clipped: boolean;
  /** The loss or the gradient was NaN or ±Inf: the update was skipped. */
  nonFinite: boolean;
  updated: boolean;
  /** ρ(W_h) after this step (Infinity if W_h is no longer finite). */
  radius: number;
}

/** Each step's batch depends only on the seed and the step, so a replay sees the same data. */
export function batchForStep(seed: number, step: number, lag: number, batch: number): LagBatch {
  const mixed = (Math.imul(Math.floor(seed) + 1, 0x9e3779b1) + Math.imul(step, 0x85ebca6b)) >>> 0;
  return lagBatches(lag, batch, mixed)();
}

function radiusOf(W: ParamSet[string]): number {
  try {
    return spectralRadius(W);
  } catch {
    return Infinity; // a non-finite W_h (eigen refuses it)
  }
}

export class ExplodingRun {
  readonly settings: Required<ExplodingSettings>;
  private readonly model: RecurrentModel;
  private readonly ring: SnapshotRing;
  private trainer: Trainer | null = null;
  private trainerKey = '';
  private next = 1;
  /** ‖∂J/∂θ‖ of steps 1 … next − 1 of the current branch (for finding where a blow-up began). */
  private readonly norms: number[] = [];

  constructor(settings: ExplodingSettings) {
    const s = { ...EXPLODING_DEFAULTS, ...settings };
    if (!(s.rho > 0) || !Number.isFinite(s.rho)) throw new Error(`ρ must be a positive number, got ${s.rho}.`);
    checkLag(s.lag);
    this.settings = s;
    this.model = RecurrentModel.create(
      { cell: 'rnn', activation: s.activation, vocab: LAG_VOCAB, embed: 8, hidden: s.hidden, head: 'classifier', classes: LAG_SYMBOLS, pooling: 'final' },
      { radius: s.rho },
      s.seed,
    );
    this.ring = new SnapshotRing(s.snapshots);
  }

  /** The step the next call to `step` performs. */
  get nextStep(): number {
    return this.next;
  }

  /** ρ(W_h) now. */
  radius(): number {
    return radiusOf(this.model.getParams().W_h);
  }

  params(): ParamSet {
    return this.model.getParams();
  }

  /** The steps `rewind` can go back to, oldest first. */
  rewindable(): number[] {
    return this.ring.steps();
  }

  /** One SGD update with the given learning rate and clipping (both may change between steps). */
  step(controls: StepControls): ExplodingStep {
    const trainer = this.trainerFor(controls);
    const step = this.next;
    this.ring.push(step, this.model.getParams());
    const { seed, lag, batch } = this.settings;
    const r = trainer.step(batchForStep(seed, step, lag, batch));
    this.next++;
    this.norms.push(r.gradNorm);
    return {
      step,
      loss: r.loss,
      gradNorm: r.gradNorm,
      clippedGradNorm: r.clippedGradNorm,
      clip: controls.clip,
      learningRate: controls.learningRate,
      clipped: r.updated && r.clippedGradNorm < r.gradNorm,
      nonFinite: r.nonFinite,
      updated: r.updated,
      radius: this.radius(),
    };
  }

  /** Restores the parameters from just before `step`; the next `step` call performs it again. */
  rewind(step: number): void {
    const params = this.ring.get(step);
    if (!params) throw new Error(`No snapshot from before step ${step} (kept: ${this.ring.steps().join(', ') || 'none'}).`);
    this.model.setParams(params);
    this.ring.dropFrom(step + 1);
    this.norms.length = step - 1;
    this.next = step;
  }

  /**
   * Where to replay from after the non-finite step N: the first step of the climb that
   * led to it (see blow-up.ts), no earlier than the oldest snapshot kept.
   */
  replayPoint(nonFiniteStep: number): number {
    return blowUpStart(this.norms, nonFiniteStep, this.ring.steps()[0] ?? nonFiniteStep);
  }

  dispose(): void {
    this.trainer?.dispose();
    this.trainer = null;
    this.model.dispose();
  }

  /** SGD keeps no state besides its rate, so a new Trainer per setting changes nothing else. */
  private trainerFor({ learningRate, clip }: StepControls): Trainer {
    const key = `${learningRate}|${clip}`;
    if (!this.trainer || key !== this.trainerKey) {
      this.trainer?.dispose();
      this.trainer = new Trainer(this.model, { optimizer: 'sgd', learningRate, clip, truncation: 0 });
      this.trainerKey = key;
    }
    return this.trainer;
  }
}
