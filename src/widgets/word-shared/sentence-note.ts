/**
 * The note under the sentence field, in the reader's language: built from what the
 * vocabulary reported (no words, cut, unknown words).
 */
import { UNK, type TypedSentence } from '../../data/word-vocab';
import type { WordText } from './text';

export function sentenceNote(m: WordText, sentence: TypedSentence, maxTokens: number): string {
  const notes: string[] = [];
  if (sentence.tokens.length === 0) notes.push(m.noWords);
  if (sentence.cut) notes.push(m.cutWords(maxTokens, sentence.total));
  if (sentence.unknown.length > 0) {
    const shown = sentence.unknown.slice(0, 6).map((w) => `“${w}”`).join(', ');
    notes.push(m.unknownWords(UNK, shown, sentence.unknown.length - 6));
  }
  return notes.join(' ');
}
