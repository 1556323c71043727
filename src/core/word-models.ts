/**
 * Several small word models trained side by side on one dataset (round robin, one
 * step each), kept alive afterwards so a typed sentence can be read by each. Used by
 * the chapter 2 and 5 widgets through the worker, and by the tests directly.
 */
import * as tf from '@tensorflow/tfjs-core';
import { RecurrentModel } from './model';
import { Trainer } from './train';
import { forward, packSequences } from './network';
import type { ModelSpec } from './spec';
import { byLength, lengthBatches, type Example, type Split } from '../data/splits';

/** What a model learns from an example: its sentence label (classifier) or one tag per token (tagger). */
export type TargetKind = 'label' | 'tags';

export interface WordModelSpec {
  key: string;
  spec: ModelSpec;
}

export interface WordTrainOptions {
  batch: number;
  learningRate: number;
  clip: number;
  seed: number;
}

export const WORD_TRAIN_DEFAULTS: WordTrainOptions = { batch: 32, learningRate: 0.01, clip: 1, seed: 1 };

interface Entry {
  model: RecurrentModel;
  trainer: Trainer;
  next: () => Example[];
  step: number;
}

export interface Evaluation {
  accuracy: number;
  loss: number;
  /** Tagger: accuracy on the tokens whose id is in `focus` (NaN if none). */
  focusAccuracy: number;
}

/**
 * Fraction of correct predictions (per sentence or per token) and the mean
 * cross-entropy on `examples`; for taggers also the accuracy on `focus` tokens only.
 */
export function evaluateExamples(model: RecurrentModel, examples: readonly Example[], target: TargetKind, focus: ReadonlySet<number> = new Set()): Evaluation {
  let hits = 0;
  let count = 0;
  let lossSum = 0;
  let focusHits = 0;
  let focusCount = 0;
  for (const group of byLength(examples).values()) {
    tf.tidy(() => {
      const out = forward(model.tensors(), model.spec, packSequences(group.map((e) => e.ids)), { truncation: 0 });
      const T = group[0].ids.length;
      const B = group.length;
      // Time-major rows for taggers: row t·B + b.
      const truth = target === 'label' ? group.map((e) => e.label) : Array.from({ length: T * B }, (_, r) => group[r % B].tags[Math.floor(r / B)]);
      const logp = tf.logSoftmax(out.logits).arraySync() as number[][];
      truth.forEach((y, r) => {
        const row = logp[r];
        let best = 0;
        for (let k = 1; k < row.length; k++) if (row[k] > row[best]) best = k;
        hits += best === y ? 1 : 0;
        lossSum -= row[y];
        count++;
        if (target === 'tags' && focus.has(group[r % B].ids[Math.floor(r / B)])) {
          focusHits += best === y ? 1 : 0;
          focusCount++;
        }
      });
    });
  }
  return { accuracy: count ? hits / count : 0, loss: count ? lossSum / count : 0, focusAccuracy: focusCount ? focusHits / focusCount : NaN };
}

export class WordModelSet {
  private readonly entries = new Map<string, Entry>();
  readonly target: TargetKind;
  readonly data: Split;

  constructor(models: readonly WordModelSpec[], data: Split, target: TargetKind, options: Partial<WordTrainOptions> = {}) {
    // Options left undefined keep their defaults.
    const o = { ...WORD_TRAIN_DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as WordTrainOptions;
    this.target = target;
    this.data = data;
    models.forEach(({ key, spec }) => {
      // The same seed for every model: differences come from the design, not the draw.
      const model = RecurrentModel.create(spec, { radius: 1, forgetBias: 1 }, o.seed);
      const trainer = new Trainer(model, { optimizer: 'adam', learningRate: o.learningRate, clip: o.clip, truncation: 0 });
      this.entries.set(key, { model, trainer, next: lengthBatches(data.train, o.batch, o.seed * 31), step: 0 });
    });
  }

  get keys(): string[] {
    return [...this.entries.keys()];
  }

  model(key: string): RecurrentModel {
    const e = this.entries.get(key);
    if (!e) throw new Error(`No model "${key}" in this run.`);
    return e.model;
  }

  steps(key: string): number {
    return this.entries.get(key)?.step ?? 0;
  }

  /** One training step of model `key`; returns the batch loss. */
  step(key: string): number {
    const e = this.entries.get(key);
    if (!e) throw new Error(`No model "${key}" in this run.`);
    const batch = e.next();
    const targets = this.target === 'label' ? batch.map((x) => x.label) : batch.map((x) => x.tags);
    e.step++;
    return e.trainer.step({ inputs: batch.map((x) => x.ids), targets }).loss;
  }

  evaluate(key: string, on: 'train' | 'test' = 'test', focus?: ReadonlySet<number>): Evaluation {
    return evaluateExamples(this.model(key), on === 'test' ? this.data.test : this.data.train, this.target, focus);
  }

  dispose(): void {
    for (const e of this.entries.values()) {
      e.trainer.dispose();
      e.model.dispose();
    }
    this.entries.clear();
  }
}
