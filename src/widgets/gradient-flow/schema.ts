/** The gradient lab's settings: what a lecturer flips, each kept in the URL under "gf.". */
import type { Schema } from '../../state/url-params';

export const GRADIENT_FLOW_PREFIX = 'gf';

export const gradientFlowSchema = {
  cell: { kind: 'enum', default: 'rnn', values: ['rnn', 'lstm'] },
  activation: { kind: 'enum', default: 'identity', values: ['tanh', 'sigmoid', 'relu', 'identity'] },
  /** Spectral radius ρ of W_h (of each LSTM W_· for the LSTM). */
  rho: { kind: 'number', default: 0.9, min: 0.5, max: 1.5 },
  /** Sequence length T. */
  length: { kind: 'number', default: 40, min: 2, max: 200, integer: true },
  /** Truncated-BPTT window k; 0 = off. */
  truncation: { kind: 'number', default: 0, min: 0, max: 200, integer: true },
  clip: { kind: 'boolean', default: false },
  threshold: { kind: 'number', default: 1, min: 0.01, max: 100 },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
} as const satisfies Schema;

export type GradientFlowSchema = typeof gradientFlowSchema;

/** Fixed sizes of the lab's model: small enough to redraw on every slider move. */
export const LAB_MODEL = { vocab: 27, embed: 16, hidden: 32, forgetBias: 1 } as const;
