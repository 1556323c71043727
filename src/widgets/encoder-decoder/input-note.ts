/** The note under the encoder's input, in the reader's language, from what readSymbols found. */
import { MAX_LEN, type readSymbols } from '../../data/reverse-task';
import type { EncoderDecoderText } from './text';

export function inputNote(m: EncoderDecoderText, input: ReturnType<typeof readSymbols>): string {
  const notes: string[] = [];
  if (input.read === 0) notes.push(m.typeLetters);
  if (input.dropped.length) notes.push(m.ignored(input.dropped.slice(0, 8).join(' ')));
  if (input.read > MAX_LEN) notes.push(m.tooLong(MAX_LEN));
  return notes.join(' ');
}
