/** The tagger widget's settings, kept in the URL under "tg.". */
import type { Schema } from '../../state/url-params';

export const TAGGER_PREFIX = 'tg';

export const taggerSchema = {
  cell: { kind: 'enum', default: 'rnn', values: ['rnn', 'lstm'] },
  hidden: { kind: 'number', default: 16, min: 8, max: 32, integer: true },
  steps: { kind: 'number', default: 200, min: 20, max: 1500, integer: true },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
  text: { kind: 'text', default: 'we can book the old room . the teacher reads a book .', maxLength: 200 },
} as const satisfies Schema;

export type TaggerSchema = typeof taggerSchema;
