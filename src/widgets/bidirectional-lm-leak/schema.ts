/** The bidirectional-LM-leak widget's settings, kept in the URL under "bl.". */
import type { Schema } from '../../state/url-params';

export const LM_LEAK_PREFIX = 'bl';

export const lmLeakSchema = {
  hidden: { kind: 'number', default: 16, min: 8, max: 32, integer: true },
  steps: { kind: 'number', default: 300, min: 20, max: 1500, integer: true },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
  /** Sampling temperature for generation. */
  temperature: { kind: 'number', default: 0.7, min: 0, max: 1.5 },
  text: { kind: 'text', default: '', maxLength: 0 },
} as const satisfies Schema;

export type LmLeakSchema = typeof lmLeakSchema;
