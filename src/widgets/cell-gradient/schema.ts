/** The cell-gradient comparison's settings, kept in the URL under "cg.". */
import type { Schema } from '../../state/url-params';

export const CELL_GRADIENT_PREFIX = 'cg';

export const cellGradientSchema = {
  /** Distractors between the symbol to recall and the question (chapter 3's lag L). */
  lag: { kind: 'number', default: 50, min: 1, max: 200, integer: true },
  /** The LSTM's initial forget-gate bias b_f. */
  forgetBias: { kind: 'number', default: 3, min: -2, max: 5 },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
} as const satisfies Schema;

export type CellGradientSchema = typeof cellGradientSchema;

/** The lag experiment's sizes (core/experiments/long-lag.ts): hidden 32, embedding 8, radius 1. */
export const LAG_MODEL = { embed: 8, hidden: 32, radius: 1 } as const;

/** Steps per model for one press of Train: a few seconds each. */
export const TRAIN_STEPS = 300;
