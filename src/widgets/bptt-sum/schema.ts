/** The BPTT-sum widget's settings, kept in the URL under "bs.". */
import type { Schema } from '../../state/url-params';
import { MOBY_SENTENCE } from '../char-lm/moby-sentence';

export const BPTT_SUM_PREFIX = 'bs';
/** Longest text read, in characters; longer text is cut with a note. */
export const BPTT_TEXT_MAX = 80;

export const bpttSumSchema = {
  text: { kind: 'text', default: MOBY_SENTENCE, maxLength: 400 },
  /** Truncation window k in steps; 0 = full BPTT. */
  k: { kind: 'number', default: 20, min: 0, max: BPTT_TEXT_MAX, integer: true },
  /** Whose loss: J(t) of character t (1-based); 0 = the last character. */
  at: { kind: 'number', default: 0, min: 0, max: BPTT_TEXT_MAX, integer: true },
} as const satisfies Schema;

export type BpttSumSchema = typeof bpttSumSchema;
