/**
 * The character vocabulary of chapter 1's language models: lower-case English
 * letters, digits, space and common punctuation, plus three special tokens —
 * start of text, end of text (a paragraph's end) and unknown (anything else).
 * 53 tokens in all, so the one-hot vectors and ŷ stay small enough to draw.
 *
 * The same normalisation is applied to the training corpus (scripts/build-corpus.ts)
 * and to whatever a reader types, so a prompt is read exactly as the model was trained.
 */

/** Token ids of the special tokens. */
export const START = 0;
export const END = 1;
export const UNK = 2;

const SPECIALS = ['\u0002', '\u0003', '\u001a'] as const;
const CHARACTERS = ' abcdefghijklmnopqrstuvwxyz0123456789,.;:!?\'"-—()';

/** Every token as a one-character string; index = id. */
export const VOCAB: readonly string[] = [...SPECIALS, ...CHARACTERS];
export const VOCAB_SIZE = VOCAB.length;

const ID = new Map<string, number>(VOCAB.map((ch, id) => [ch, id]));

/** Typographic variants folded onto the vocabulary's plain characters. */
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2013': '-', '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-', '\u2015': '—',
  '\t': ' ', '\n': ' ', '\r': ' ', '\u00a0': ' ', '\u2026': '...',
};

/**
 * Lower-cases, folds typographic quotes and dashes, and strips accents (é → e, ﬁ → fi),
 * so more of what a reader types lands in the vocabulary. Emoji, other scripts and
 * control characters are left as they are (they become the unknown token).
 */
export function normalizeText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()) out += FOLD[ch] ?? ch;
  return out;
}

/** User-perceived characters (an emoji family or a flag is one), where the platform can tell; lazily. */
function* graphemes(text: string): Generator<string> {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) {
    yield* text;
    return;
  }
  for (const s of new Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) yield s.segment;
}

/** Input beyond this many UTF-16 units per allowed token is cut before any work is done on it. */
const UNITS_PER_TOKEN = 16;

export interface Encoded {
  /** Token ids, at most `maxLength`. */
  ids: number[];
  /** Each distinct character that was replaced by the unknown token, in order of appearance. */
  unknown: string[];
  /** How many positions hold the unknown token. */
  unknownCount: number;
  /** True when the input was longer than `maxLength` tokens and was cut. */
  truncated: boolean;
}

/**
 * Text → token ids. Never throws: anything outside the vocabulary becomes UNK and is
 * reported; input beyond `maxLength` tokens is cut and reported.
 */
export function encodeText(text: string, maxLength = Infinity): Encoded {
  const ids: number[] = [];
  const unknown: string[] = [];
  let unknownCount = 0;
  let raw = String(text ?? '');
  let truncated = false;
  if (raw.length > maxLength * UNITS_PER_TOKEN) {
    raw = raw.slice(0, maxLength * UNITS_PER_TOKEN);
    truncated = true;
  }
  for (const g of graphemes(normalizeText(raw))) {
    if (ids.length >= maxLength) {
      truncated = true;
      break;
    }
    const id = g.length === 1 && !SPECIALS.includes(g as (typeof SPECIALS)[number]) ? ID.get(g) : undefined;
    if (id === undefined) {
      ids.push(UNK);
      unknownCount++;
      if (!unknown.includes(g)) unknown.push(g);
    } else ids.push(id);
  }
  return { ids, unknown, unknownCount, truncated };
}

/** Ids → text, special tokens as the visible labels of `tokenLabel`. */
export function decodeIds(ids: ArrayLike<number>): string {
  let out = '';
  for (let k = 0; k < ids.length; k++) out += ids[k] >= 3 && ids[k] < VOCAB_SIZE ? VOCAB[ids[k]] : tokenLabel(ids[k]);
  return out;
}

/** How a token is shown on screen: specials as ‹start› ‹end› ‹?›, a space as ␣. */
export function tokenLabel(id: number): string {
  if (id === START) return '‹start›';
  if (id === END) return '‹end›';
  if (id === UNK) return '‹?›';
  const ch = VOCAB[id];
  if (ch === undefined) return '‹?›';
  return ch === ' ' ? '␣' : ch;
}

/** A short description of an unknown character for the reader's note (control characters by code). */
export function describeCharacter(ch: string): string {
  if (/^\p{C}+$/u.test(ch) || ch.trim() === '') {
    return Array.from(ch, (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
  }
  return `“${ch}”`;
}
