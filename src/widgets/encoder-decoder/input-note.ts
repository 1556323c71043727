/** The note under the encoder's input, in the reader's language (mirrors readSymbols' checks). */
import { REVERSE_SYMBOLS, MAX_LEN } from '../../data/reverse-task';
import type { EncoderDecoderText } from './text';

export function inputNote(m: EncoderDecoderText, text: string, kept: number): string {
  const symbols: readonly string[] = REVERSE_SYMBOLS;
  const dropped = [...new Set(Array.from(text.toLowerCase()).filter((c) => !symbols.includes(c) && c.trim() !== ''))];
  const notes: string[] = [];
  if (kept === 0) notes.push(m.typeLetters);
  if (dropped.length) notes.push(m.ignored(dropped.slice(0, 8).join(' ')));
  if (kept > MAX_LEN) notes.push(m.tooLong(MAX_LEN));
  return notes.join(' ');
}
