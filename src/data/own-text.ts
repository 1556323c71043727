/**
 * A text the reader brings for chapter 1's models: checked (long enough, not too
 * large, text and not binary, more than a handful of distinct characters), decoded
 * from a file's bytes (strict UTF-8), and cut into a training part and a held-out
 * slice at its end, each as paragraphs of token ids like the Moby-Dick corpus.
 * Nothing here throws on bad input: problems come back as data the page words.
 */
import type { CharCorpus } from './char-corpus';
import { buildTextVocab, canonicalText, encodeLine, type TextVocab } from './text-vocab';

export const OWN_TEXT_LIMITS = {
  /** Fewest characters (line breaks not counted) worth training on. */
  minChars: 2000,
  /** Largest text accepted, in UTF-8 bytes (5 MB). */
  maxBytes: 5 * 1024 * 1024,
  /** Fewest distinct characters: fewer and there is nothing to learn. */
  minDistinct: 5,
  /** Share of the text, at its end, held out (never trained on). */
  heldOutFraction: 0.1,
  /** Longer lines are cut into pieces of this many UTF-16 units (each read from ‹start›). */
  maxLine: 2000,
} as const;

export type OwnTextProblem =
  | { code: 'too-large'; bytes: number; maxBytes: number }
  | { code: 'binary' }
  | { code: 'not-utf8' }
  | { code: 'too-short'; chars: number; minChars: number }
  | { code: 'too-few-distinct'; distinct: number; minDistinct: number };

/** Bytes of `text` in UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && k + 1 < text.length && (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      k++;
    } else n += 3;
  }
  return n;
}

/** NUL, or more than 1% control characters other than tab and line breaks: not text. */
function looksBinary(text: string): boolean {
  let controls = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f) controls++;
  }
  return controls > text.length * 0.01;
}

/** Why `text` cannot be trained on, or null when it can. */
export function checkOwnText(text: string): OwnTextProblem | null {
  const bytes = utf8Length(text);
  if (bytes > OWN_TEXT_LIMITS.maxBytes) return { code: 'too-large', bytes, maxBytes: OWN_TEXT_LIMITS.maxBytes };
  if (looksBinary(text)) return { code: 'binary' };
  const vocab = buildTextVocab(canonicalText(text));
  if (vocab.total < OWN_TEXT_LIMITS.minChars) return { code: 'too-short', chars: vocab.total, minChars: OWN_TEXT_LIMITS.minChars };
  // Whitespace alone teaches nothing either: count the distinct visible characters.
  let visible = 0;
  for (const ch of vocab.ids.keys()) if (ch.trim() !== '') visible++;
  visible += vocab.unknownDistinct;
  if (visible < OWN_TEXT_LIMITS.minDistinct) return { code: 'too-few-distinct', distinct: visible, minDistinct: OWN_TEXT_LIMITS.minDistinct };
  return null;
}

/** A file's bytes → its text (strict UTF-8, a byte-order mark dropped), or why not. */
export function decodeTextFile(bytes: Uint8Array): { text: string } | { problem: OwnTextProblem } {
  if (bytes.length > OWN_TEXT_LIMITS.maxBytes) return { problem: { code: 'too-large', bytes: bytes.length, maxBytes: OWN_TEXT_LIMITS.maxBytes } };
  if (bytes.includes(0)) return { problem: { code: 'binary' } };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: { code: 'not-utf8' } };
  }
}

/** A cut that does not split a surrogate pair. */
function safeCut(text: string, at: number): number {
  return at > 0 && at < text.length && (text.charCodeAt(at) & 0xfc00) === 0xdc00 ? at + 1 : at;
}

/** Non-blank lines → [START, …, END] paragraphs, long lines cut into pieces. */
function paragraphsOf(vocab: TextVocab, text: string): Int32Array[] {
  const out: Int32Array[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    for (let at = 0; at < line.length;) {
      const end = safeCut(line, Math.min(line.length, at + OWN_TEXT_LIMITS.maxLine));
      out.push(encodeLine(vocab, line.slice(at, end)));
      at = end;
    }
  }
  return out;
}

export interface OwnTextCorpus {
  vocab: TextVocab;
  corpus: CharCorpus;
  /** Characters in the training part and the held-out slice (line breaks not counted). */
  trainChars: number;
  heldOutChars: number;
}

/**
 * The reader's text as a corpus: the vocabulary built from the whole text (so the
 * held-out slice has no characters the models cannot name, beyond the cap), the
 * last `heldOutFraction` of it held out. Call checkOwnText first.
 */
export function ownTextCorpus(text: string, cap?: number): OwnTextCorpus {
  const canonical = canonicalText(text);
  const vocab = buildTextVocab(canonical, cap);
  const cut = safeCut(canonical, Math.floor(canonical.length * (1 - OWN_TEXT_LIMITS.heldOutFraction)));
  const corpus = { train: paragraphsOf(vocab, canonical.slice(0, cut)), heldOut: paragraphsOf(vocab, canonical.slice(cut)) };
  const chars = (ps: Int32Array[]) => ps.reduce((n, p) => n + p.length - 2, 0);
  return { vocab, corpus, trainChars: chars(corpus.train), heldOutChars: chars(corpus.heldOut) };
}
