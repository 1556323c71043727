/** The generator's settings, kept in the URL under "gen.". */
import type { Schema } from '../../state/url-params';

export const GENERATOR_PREFIX = 'gen';
/** Longest prompt read, in characters; longer input is cut with a note. */
export const PROMPT_MAX = 200;

export const generatorSchema = {
  cell: { kind: 'enum', default: 'lstm', values: ['rnn', 'lstm'] },
  prompt: { kind: 'text', default: 'call me ', maxLength: 2000 },
  /** τ: 0 is greedy (argmax), 1 samples the model as it is. */
  temperature: { kind: 'number', default: 0.7, min: 0, max: 2 },
  maxLength: { kind: 'number', default: 200, min: 10, max: 600, integer: true },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
} as const satisfies Schema;

export type GeneratorSchema = typeof generatorSchema;
