/**
 * The long-lag recall experiment's model (experiments/long-lag.ts: same sizes, optimiser,
 * data and held-out set), trained briefly and handed back as plain parameters, so the
 * fast path can measure how the trained LSTM's and RNN's gradients flow. runLagExperiment
 * frees its model when done; chapter 4 needs the weights themselves.
 */
import { RecurrentModel } from './model';
import { Trainer } from './train';
import type { CellKind, ParamSet } from './params';
import { LAG_DEFAULTS, recallAccuracy } from './experiments/long-lag';
import { LAG_SYMBOLS, LAG_VOCAB, lagBatches, lagHeldOut, checkLag } from '../data/long-lag';

export interface LagTrainOptions {
  cell: CellKind;
  lag: number;
  /** Most steps; stops early at the experiment's target accuracy. */
  steps: number;
  seed: number;
  forgetBias: number;
}

export interface LagTrainProgress {
  step: number;
  accuracy: number;
  done: boolean;
  /** Only on the last progress: the trained parameters (classifier head: U [classes][H]). */
  params?: ParamSet;
}

/** Trains, yielding after every evaluation (every LAG_DEFAULTS.evalEvery steps) so the caller can cancel. */
export function* trainLagModel(o: LagTrainOptions): Generator<LagTrainProgress> {
  checkLag(o.lag);
  const model = RecurrentModel.create(
    { cell: o.cell, activation: 'tanh', vocab: LAG_VOCAB, embed: 8, hidden: LAG_DEFAULTS.hidden, head: 'classifier', classes: LAG_SYMBOLS, pooling: 'final' },
    { radius: 1, forgetBias: o.forgetBias },
    o.seed,
  );
  const trainer = new Trainer(model, { optimizer: 'adam', learningRate: LAG_DEFAULTS.learningRate, clip: LAG_DEFAULTS.clip, truncation: 0 });
  try {
    const next = lagBatches(o.lag, LAG_DEFAULTS.batch, o.seed);
    const heldOut = lagHeldOut(o.lag, LAG_DEFAULTS.heldOutSize, o.seed);
    for (let step = 1; step <= o.steps; step++) {
      trainer.step(next());
      if (step % LAG_DEFAULTS.evalEvery !== 0 && step !== o.steps) continue;
      const accuracy = recallAccuracy(model, heldOut);
      const done = accuracy >= LAG_DEFAULTS.target || step === o.steps;
      yield { step, accuracy, done, params: done ? model.getParams() : undefined };
      if (done) return;
    }
  } finally {
    trainer.dispose();
    model.dispose();
  }
}

