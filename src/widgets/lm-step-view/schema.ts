/** The step view's settings, kept in the URL under "sv.". */
import type { Schema } from '../../state/url-params';

export const STEP_VIEW_PREFIX = 'sv';
/** Longest text read, in characters. */
export const STEP_TEXT_MAX = 80;

export const stepViewSchema = {
  cell: { kind: 'enum', default: 'rnn', values: ['rnn', 'lstm'] },
  text: { kind: 'text', default: 'call me ishmael.', maxLength: 400 },
  /** The step t shown (1-based, clamped to the text). */
  t: { kind: 'number', default: 1, min: 1, max: STEP_TEXT_MAX + 1, integer: true },
} as const satisfies Schema;
