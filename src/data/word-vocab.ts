/**
 * Word-level vocabularies for the small grammar datasets, and the reading of a
 * sentence a person types: lower-cased, split into words and punctuation, unknown
 * words mapped to <unk> and named, overlong input cut with a note.
 */

export const UNK = '<unk>';

export interface TypedSentence {
  /** The words as read (lower-cased), one per token id. */
  tokens: string[];
  ids: number[];
  /** Words not in the vocabulary (read as <unk>), each once. */
  unknown: string[];
  /** True when the input was longer than the limit and cut. */
  cut: boolean;
  /** How many words the input had before any cut. */
  total: number;
}

export class WordVocab {
  readonly words: readonly string[];
  private readonly index: Map<string, number>;

  /** Id 0 is <unk>; `words` follow in the given order (duplicates dropped). */
  constructor(words: Iterable<string>) {
    const list = [UNK];
    const index = new Map<string, number>([[UNK, 0]]);
    for (const w of words) if (!index.has(w)) index.set(w, list.push(w) - 1);
    this.words = list;
    this.index = index;
  }

  get size(): number {
    return this.words.length;
  }

  id(word: string): number {
    return this.index.get(word) ?? 0;
  }

  has(word: string): boolean {
    return this.index.has(word);
  }

  encode(words: readonly string[]): number[] {
    return words.map((w) => this.id(w));
  }

  /** Reads typed text: any content gives tokens or a clear note, never an exception. */
  read(text: string, maxTokens: number): TypedSentence {
    const all = tokenize(text);
    const cut = all.length > maxTokens;
    const tokens = all.slice(0, maxTokens);
    const unknown = [...new Set(tokens.filter((w) => !this.has(w)))];
    return { tokens, ids: this.encode(tokens), unknown, cut, total: all.length };
  }
}

/** Lower-case words (letters, digits, apostrophes) and the punctuation marks . , ! ? as their own tokens. */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}']+|[.,!?]/gu) ?? []).slice(0, 10_000);
}
