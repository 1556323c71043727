/** The step view's settings, kept in the URL under "ls.". */
import type { Schema } from '../../state/url-params';

export const LSTM_STEP_PREFIX = 'ls';

/** Characters the step view reads (the text box keeps up to the schema's maxLength). */
export const STEP_TEXT_LIMIT = 80;

export const lstmStepSchema = {
  text: { kind: 'text', default: 'call me ishmael. some years ago', maxLength: 160 },
  /** The step taken apart (0-based column; clamped to the text). */
  t: { kind: 'number', default: 15, min: 0, max: STEP_TEXT_LIMIT - 1, integer: true },
  /** The unit whose numbers fill the equations; −1 = the unit whose cell changes most at this step. */
  unit: { kind: 'number', default: -1, min: -1, max: 1023, integer: true },
  forceF: { kind: 'boolean', default: false },
  f: { kind: 'number', default: 0, min: 0, max: 1 },
  forceI: { kind: 'boolean', default: false },
  i: { kind: 'number', default: 1, min: 0, max: 1 },
  forceO: { kind: 'boolean', default: false },
  o: { kind: 'number', default: 0, min: 0, max: 1 },
} as const satisfies Schema;

export type LstmStepSchema = typeof lstmStepSchema;
