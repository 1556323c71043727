/** The stack-depth widget's settings, kept in the URL under "sd.". */
import type { Schema } from '../../state/url-params';

export const STACK_DEPTH_PREFIX = 'sd';

export const stackDepthSchema = {
  cell: { kind: 'enum', default: 'rnn', values: ['rnn', 'lstm'] },
  hidden: { kind: 'number', default: 16, min: 8, max: 32, integer: true },
  steps: { kind: 'number', default: 150, min: 20, max: 1500, integer: true },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
  /** Which depth's pictures are drawn. */
  depth: { kind: 'number', default: 3, min: 1, max: 4, integer: true },
  /** Which held-out sentence is drawn (0-based). */
  sentence: { kind: 'number', default: 0, min: 0, max: 99, integer: true },
  /** Unused here; the shared run hook reads the sentence from a "text" setting. */
  text: { kind: 'text', default: '', maxLength: 0 },
} as const satisfies Schema;

export type StackDepthSchema = typeof stackDepthSchema;
