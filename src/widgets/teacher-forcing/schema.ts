/** The teacher-forcing widget's settings, kept in the URL under "tf.". */
import type { Schema } from '../../state/url-params';
import { VOCAB } from '../../data/char-vocab';
import { MOBY_SENTENCE } from '../char-lm/moby-sentence';

export const TEACHER_FORCING_PREFIX = 'tf';
/** Longest text read, in characters; longer text is cut with a note. */
export const TF_TEXT_MAX = 80;
/** The characters a forced mistake can be (the vocabulary without its special tokens). */
export const WRONG_CHARACTERS = VOCAB.slice(3);

export const teacherForcingSchema = {
  cell: { kind: 'enum', default: 'lstm', values: ['lstm', 'rnn'] },
  text: { kind: 'text', default: MOBY_SENTENCE, maxLength: 400 },
  /** Step s (1-based) from which free running feeds its own predictions; steps before s read the text. */
  from: { kind: 'number', default: 10, min: 1, max: TF_TEXT_MAX, integer: true },
  /** Force a wrong input character at step s (in both runs). */
  mistake: { kind: 'boolean', default: false },
  wrong: { kind: 'enum', default: 'z', values: WRONG_CHARACTERS },
} as const satisfies Schema;

export type TeacherForcingSchema = typeof teacherForcingSchema;
