/**
 * The note under the sentence field, in the reader's language: built from what the
 * vocabulary reported (no words, cut, unknown words) rather than its English note.
 */
import { tokenize, UNK, type TypedSentence } from '../../data/word-vocab';
import type { WordText } from './text';

export function sentenceNote(m: WordText, text: string, sentence: TypedSentence, maxTokens: number): string {
  const notes: string[] = [];
  if (sentence.tokens.length === 0) notes.push(m.noWords);
  if (sentence.cut) notes.push(m.cutWords(maxTokens, tokenize(text).length));
  if (sentence.unknown.length > 0) {
    const shown = sentence.unknown.slice(0, 6).map((w) => `“${w}”`).join(', ');
    notes.push(m.unknownWords(UNK, shown, sentence.unknown.length - 6));
  }
  return notes.join(' ');
}
