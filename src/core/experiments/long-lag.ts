/**
 * The long-lag recall experiment, the same in the page (worker) and in the lab CLI:
 * train a simple RNN or an LSTM to carry the first token across `lag` steps and
 * measure held-out recall accuracy as it learns. Its settings (LAG_DEFAULTS) live in
 * lag-race.ts, free of tfjs, so the widget can show them.
 */
import * as tf from '@tensorflow/tfjs-core';
import { RecurrentModel } from '../model';
import { Trainer } from '../train';
import { forward, packSequences } from '../network';
import type { CellKind } from '../params';
import { LAG_SYMBOLS, LAG_VOCAB, lagBatches, lagHeldOut, checkLag, type LagBatch } from '../../data/long-lag';
import { LAG_DEFAULTS } from './lag-race';

export interface LagExperimentOptions {
  cell: CellKind;
  lag: number;
  /** Most training steps; stops earlier once held-out accuracy reaches `target`. */
  steps: number;
  seed: number;
  hidden?: number;
  batch?: number;
  learningRate?: number;
  clip?: number;
  /** LSTM forget-gate bias at initialisation. */
  forgetBias?: number;
  /** Evaluate every this many steps. */
  evalEvery?: number;
  heldOutSize?: number;
  target?: number;
}

export interface LagProgress {
  step: number;
  loss: number;
  /** Held-out recall accuracy in [0, 1], as of the latest evaluation. */
  accuracy: number;
  /** True on the steps where accuracy was just measured. */
  evaluated: boolean;
  gradNorm: number;
  elapsedMs: number;
  done: boolean;
}

export { LAG_DEFAULTS };

/** Fraction of sequences whose last-step prediction is the answer. */
export function recallAccuracy(model: RecurrentModel, data: LagBatch): number {
  return tf.tidy(() => {
    const out = forward(model.tensors(), model.spec, packSequences(data.inputs), { truncation: 0 });
    const predicted = tf.argMax(out.logits, 1).dataSync();
    let hits = 0;
    data.targets.forEach((t, b) => (hits += predicted[b] === t ? 1 : 0));
    return hits / data.targets.length;
  });
}

/**
 * Trains and yields progress after every step (accuracy refreshed every `evalEvery`
 * steps), so a caller can pause or cancel between any two steps. The caller may stop
 * iterating at any time: the model is freed in `finally`.
 */
export function* runLagExperiment(options: LagExperimentOptions): Generator<LagProgress> {
  const o = { ...LAG_DEFAULTS, ...options };
  checkLag(o.lag);
  if (!Number.isInteger(o.steps) || o.steps < 1) throw new Error(`Steps must be a whole number ≥ 1, got ${o.steps}.`);
  const model = RecurrentModel.create(
    { cell: o.cell, activation: 'tanh', vocab: LAG_VOCAB, embed: 8, hidden: o.hidden, head: 'classifier', classes: LAG_SYMBOLS, pooling: 'final' },
    { radius: 1, forgetBias: o.forgetBias },
    o.seed,
  );
  const trainer = new Trainer(model, { optimizer: 'adam', learningRate: o.learningRate, clip: o.clip, truncation: 0 });
  const next = lagBatches(o.lag, o.batch, o.seed);
  const heldOut = lagHeldOut(o.lag, o.heldOutSize, o.seed);
  const start = Date.now();
  try {
    let accuracy = 1 / LAG_SYMBOLS;
    for (let step = 1; step <= o.steps; step++) {
      const { loss, gradNorm } = trainer.step(next());
      const evaluated = step % o.evalEvery === 0 || step === o.steps;
      if (evaluated) accuracy = recallAccuracy(model, heldOut);
      const done = (evaluated && accuracy >= o.target) || step === o.steps;
      yield { step, loss, accuracy, evaluated, gradNorm, elapsedMs: Date.now() - start, done };
      if (done) return;
    }
  } finally {
    trainer.dispose();
    model.dispose();
  }
}
