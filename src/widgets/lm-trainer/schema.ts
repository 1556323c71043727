/** The LM trainer's settings, kept in the URL under "lt.". */
import type { Schema } from '../../state/url-params';

export const LM_TRAINER_PREFIX = 'lt';

export const lmTrainerSchema = {
  cell: { kind: 'enum', default: 'lstm', values: ['rnn', 'lstm'] },
  /** Start from the shipped pretrained weights, or from random weights. */
  init: { kind: 'enum', default: 'scratch', values: ['scratch', 'pretrained'] },
  /** Sequences of 64 characters per mini-batch. */
  batch: { kind: 'number', default: 16, min: 4, max: 32, integer: true },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
} as const satisfies Schema;

export type LmTrainerSchema = typeof lmTrainerSchema;
