/** The encoder–decoder's training job from its settings: what the widget sends its worker, and what the tests re-run. */
import type { Values } from '../../state/url-params';
import type { Seq2SeqJob } from '../../worker/tasks/seq2seq-run';
import { readSymbols } from '../../data/reverse-task';
import type { EncoderDecoderSchema } from './schema';

export function encoderDecoderFresh(s: Values<EncoderDecoderSchema>): NonNullable<Seq2SeqJob['fresh']> {
  return { seed: s.seed, hidden: s.hidden };
}

export function encoderDecoderInputIds(s: Values<EncoderDecoderSchema>): number[] {
  return readSymbols(s.text).ids;
}
