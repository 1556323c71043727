/**
 * A character vocabulary built from a text the reader brings (any script): the three
 * special tokens of chapter 1's models (‹start› ‹end› ‹?›, the same ids as in
 * char-vocab.ts), then the text's most frequent characters, up to a cap. Rarer
 * characters are read as the unknown token, and counted, so the reader sees what
 * the cap cost. Characters are Unicode code points of the NFC form (a Hangul
 * syllable is one), case kept; line breaks end paragraphs and are not tokens.
 */
import { END, START, UNK } from './char-vocab';

/** Most characters a vocabulary keeps besides the three special tokens. */
export const TEXT_VOCAB_CAP = 96;

const SPECIAL_COUNT = 3;

export interface TextVocab {
  /** Every token as a string; index = id. 0–2 are the special tokens (shown by label). */
  tokens: readonly string[];
  size: number;
  /** Character → id (characters only, not the specials). */
  ids: ReadonlyMap<string, number>;
  /** Distinct characters in the text (line breaks not counted). */
  distinct: number;
  /** Distinct characters left out by the cap (read as ‹?›). */
  unknownDistinct: number;
  /** Occurrences of those characters. */
  unknownCount: number;
  /** Characters in the text (code points, line breaks not counted). */
  total: number;
}

/** NFC, and every line-break convention as "\n". */
export function canonicalText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?|\u2028|\u2029/g, '\n');
}

/** How often each character (code point) of `text` occurs, line breaks left out. */
export function characterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text) if (ch !== '\n') counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/**
 * The vocabulary of `text` (canonical form, see canonicalText): the `cap` most
 * frequent characters, ties broken by code point so the result does not depend on
 * the order characters first appear in.
 */
export function buildTextVocab(text: string, cap = TEXT_VOCAB_CAP): TextVocab {
  if (!Number.isInteger(cap) || cap < 1) throw new Error(`The vocabulary cap must be a positive whole number, got ${cap}.`);
  const counts = characterCounts(text);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kept = ranked.slice(0, cap).map(([ch]) => ch);
  const left = ranked.slice(cap);
  const tokens = ['\u0002', '\u0003', '\u001a', ...kept];
  let total = 0;
  for (const c of counts.values()) total += c;
  return {
    tokens,
    size: tokens.length,
    ids: new Map(kept.map((ch, k) => [ch, k + SPECIAL_COUNT])),
    distinct: counts.size,
    unknownDistinct: left.length,
    unknownCount: left.reduce((n, [, c]) => n + c, 0),
    total,
  };
}

/** One line of text → [START, …ids, END]; characters outside the vocabulary become UNK. */
export function encodeLine(vocab: TextVocab, line: string): Int32Array {
  const out: number[] = [START];
  for (const ch of line) out.push(vocab.ids.get(ch) ?? UNK);
  out.push(END);
  return Int32Array.from(out);
}

/** How a token of this vocabulary is shown: specials as ‹start› ‹end› ‹?›, a space as ␣. */
export function textTokenLabel(vocab: Pick<TextVocab, 'tokens'>, id: number): string {
  if (id === START) return '‹start›';
  if (id === END) return '‹end›';
  const ch = id > UNK ? vocab.tokens[id] : undefined;
  if (ch === undefined) return '‹?›';
  return ch === ' ' ? '␣' : ch;
}

/** Ids → text: ‹end› as a line break, ‹start› dropped, ‹?› shown as such. */
export function decodeTextIds(vocab: Pick<TextVocab, 'tokens'>, ids: ArrayLike<number>): string {
  let out = '';
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    if (id === START) continue;
    out += id === END ? '\n' : id > UNK && id < vocab.tokens.length ? vocab.tokens[id] : '‹?›';
  }
  return out;
}
