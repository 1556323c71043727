/** The encoder–decoder widget's settings, kept in the URL under "ed.". */
import type { Schema } from '../../state/url-params';

export const ENCODER_DECODER_PREFIX = 'ed';

export const encoderDecoderSchema = {
  hidden: { kind: 'number', default: 32, min: 16, max: 64, integer: true },
  steps: { kind: 'number', default: 400, min: 25, max: 3000, integer: true },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
  text: { kind: 'text', default: 'abcde', maxLength: 40 },
} as const satisfies Schema;

export type EncoderDecoderSchema = typeof encoderDecoderSchema;
