/** The character vocabulary on whatever a reader may type. */
import { describe, expect, it } from 'vitest';
import { END, START, UNK, VOCAB_SIZE, decodeIds, encodeText, normalizeText, tokenLabel } from '../../../src/data/char-vocab';

describe('encodeText', () => {
  it('encodes plain English losslessly (lower-cased)', () => {
    const e = encodeText('Call me Ishmael.');
    expect(decodeIds(e.ids)).toBe('call me ishmael.');
    expect(e.unknown).toEqual([]);
    expect(e.truncated).toBe(false);
  });
  it('keeps the vocabulary small (50–70 tokens)', () => {
    expect(VOCAB_SIZE).toBeGreaterThanOrEqual(50);
    expect(VOCAB_SIZE).toBeLessThanOrEqual(70);
  });
  it('maps an emoji (even a joined family) to one unknown token and reports it', () => {
    const e = encodeText('hi 👨‍👩‍👧!');
    expect(e.ids.filter((id) => id === UNK)).toHaveLength(1);
    expect(e.unknownCount).toBe(1);
    expect(e.unknown).toEqual(['👨‍👩‍👧']);
  });
  it('strips combining marks and folds typographic quotes', () => {
    expect(normalizeText('Cafe\u0301 “hi” – ﬁne')).toBe('cafe "hi" - fine');
    expect(encodeText('naïve résumé').unknown).toEqual([]);
  });
  it('maps right-to-left text to unknown tokens, one per character', () => {
    const e = encodeText('שלום');
    expect(e.ids).toEqual([UNK, UNK, UNK, UNK]);
    expect(e.unknown).toHaveLength(4);
  });
  it('maps control characters to unknown and never lets them pose as special tokens', () => {
    const e = encodeText('a\u0000b\u0002c\u0003');
    expect(e.ids.includes(START)).toBe(false);
    expect(e.ids.includes(END)).toBe(false);
    expect(e.unknownCount).toBe(3);
  });
  it('turns tabs and newlines into spaces', () => {
    expect(decodeIds(encodeText('a\tb\nc').ids)).toBe('a b c');
  });
  it('returns nothing for empty input', () => {
    expect(encodeText('')).toEqual({ ids: [], unknown: [], unknownCount: 0, truncated: false });
  });
  it('cuts very long input and says so', () => {
    const e = encodeText('ab'.repeat(100_000), 300);
    expect(e.ids).toHaveLength(300);
    expect(e.truncated).toBe(true);
  });
  it('labels special tokens visibly', () => {
    expect([tokenLabel(START), tokenLabel(END), tokenLabel(UNK), tokenLabel(3)]).toEqual(['‹start›', '‹end›', '‹?›', '␣']);
  });
});
