/** The tickets widget's settings, kept in the URL under "tk.". */
import type { Schema } from '../../state/url-params';

export const TICKETS_PREFIX = 'tk';

export const ticketsSchema = {
  cell: { kind: 'enum', default: 'rnn', values: ['rnn', 'lstm'] },
  /** Spectral radius ρ of W_h (of each LSTM W_·). */
  rho: { kind: 'number', default: 0.9, min: 0.5, max: 1.5 },
  /** The LSTM's initial forget-gate bias b_f: f ≈ σ(b_f) keeps that share of the cell per step. */
  forgetBias: { kind: 'number', default: 3, min: -2, max: 5 },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
} as const satisfies Schema;

export type TicketsSchema = typeof ticketsSchema;

/** A small word-level language model: redrawn on every slider move (a few ms). */
export const TICKETS_MODEL = { embed: 16, hidden: 32 } as const;
