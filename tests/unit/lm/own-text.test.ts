/** A reader's own text: its vocabulary, the checks on bad input, file decoding and the held-out cut, fuzzed. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/random';
import { END, START, UNK } from '../../../src/data/char-vocab';
import { buildTextVocab, canonicalText, decodeTextIds, encodeLine, textTokenLabel, TEXT_VOCAB_CAP } from '../../../src/data/text-vocab';
import { OWN_TEXT_LIMITS, checkOwnText, decodeTextFile, ownTextCorpus, utf8Length } from '../../../src/data/own-text';

const ENGLISH = 'It was the best of times, it was the worst of times; it was the age of wisdom.\n';
const KOREAN = '나는 오늘 아침에 학교에 갔다. 하늘이 맑고 바람이 시원했다.\n';

/** Random text drawn from ASCII, Hangul syllables, emoji, controls, lone surrogates and line breaks. */
function randomText(seed: number, length: number): string {
  const rng = createRng(seed);
  let s = '';
  for (let k = 0; k < length; k++) {
    const r = rng.next();
    if (r < 0.4) s += String.fromCharCode(32 + rng.int(95));
    else if (r < 0.7) s += String.fromCharCode(0xac00 + rng.int(11172));
    else if (r < 0.8) s += String.fromCodePoint(0x1f300 + rng.int(400));
    else if (r < 0.85) s += String.fromCharCode(rng.int(32));
    else if (r < 0.88) s += String.fromCharCode(0xd800 + rng.int(0x800));
    else if (r < 0.95) s += '\n';
    else s += '\r\n';
  }
  return s;
}

describe('buildTextVocab', () => {
  it('buildTextVocab(text) keeps the specials at Moby-Dick ids and ranks characters by frequency', () => {
    const v = buildTextVocab('aaab bc\n');
    expect(v.tokens.slice(0, 3).length).toBe(3);
    expect(v.ids.get('a')).toBe(3);
    expect(v.ids.get('b')).toBe(4);
    expect([...v.ids.keys()]).toEqual(['a', 'b', ' ', 'c']);
    expect(v.total).toBe(7);
    expect(v.unknownCount).toBe(0);
    expect(textTokenLabel(v, START)).toBe('‹start›');
    expect(textTokenLabel(v, END)).toBe('‹end›');
    expect(textTokenLabel(v, UNK)).toBe('‹?›');
    expect(textTokenLabel(v, v.ids.get(' ')!)).toBe('␣');
  });
  it('buildTextVocab(text, cap) maps characters beyond the cap to ‹?› and counts them', () => {
    const v = buildTextVocab('aaaabbbccd', 2);
    expect(v.size).toBe(5);
    expect(v.unknownDistinct).toBe(2);
    expect(v.unknownCount).toBe(3);
    expect([...encodeLine(v, 'abcd')]).toEqual([START, 3, 4, UNK, UNK, END]);
  });
  it('Korean: each Hangul syllable is one character; many distinct syllables hit the cap', () => {
    const text = canonicalText(KOREAN.repeat(3) + randomText(5, 4000).replace(/[^\uac00-\ud7a3]/g, ''));
    const v = buildTextVocab(text);
    expect(v.size).toBe(TEXT_VOCAB_CAP + 3);
    expect(v.unknownDistinct).toBe(v.distinct - TEXT_VOCAB_CAP);
    expect(v.ids.has('학')).toBe(true);
    expect(decodeTextIds(v, encodeLine(v, '학교에'))).toBe('학교에\n');
  });
  it('fuzz: on random text the vocabulary is consistent and encode/decode round-trips what it kept', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const text = canonicalText(randomText(seed, 50 + seed * 37));
      const cap = 1 + (seed % 120);
      const v = buildTextVocab(text, cap);
      expect(v.size).toBe(3 + Math.min(cap, v.distinct));
      expect(v.ids.size).toBe(v.size - 3);
      expect(new Set(v.tokens).size).toBe(v.size);
      expect(v.unknownDistinct).toBe(Math.max(0, v.distinct - cap));
      let unknown = 0;
      for (const line of text.split('\n')) {
        const ids = encodeLine(v, line);
        expect(ids[0]).toBe(START);
        expect(ids[ids.length - 1]).toBe(END);
        for (const id of ids) expect(id >= 0 && id < v.size).toBe(true);
        unknown += ids.filter((id) => id === UNK).length;
        if (v.unknownDistinct === 0) expect(decodeTextIds(v, ids)).toBe(`${line}\n`);
      }
      expect(unknown).toBe(v.unknownCount);
      // Same counts in any order: the vocabulary does not depend on where characters first appear.
      expect(buildTextVocab([...text].reverse().join(''), cap).tokens).toEqual(v.tokens);
    }
  });
});

describe('checkOwnText', () => {
  it('checkOwnText accepts ordinary English and Korean prose of 2,000 characters or more', () => {
    expect(checkOwnText(ENGLISH.repeat(30))).toBeNull();
    expect(checkOwnText(KOREAN.repeat(70))).toBeNull();
  });
  it('checkOwnText(short) says how many characters there are and how many are needed', () => {
    expect(checkOwnText(ENGLISH.repeat(3))).toEqual({ code: 'too-short', chars: 3 * (ENGLISH.length - 1), minChars: OWN_TEXT_LIMITS.minChars });
    expect(checkOwnText('')).toMatchObject({ code: 'too-short', chars: 0 });
    // Line breaks do not count as characters.
    expect(checkOwnText('abcdef\n'.repeat(300))).toMatchObject({ code: 'too-short', chars: 1800 });
  });
  it('checkOwnText rejects a single repeated character and whitespace-only text', () => {
    expect(checkOwnText('a'.repeat(5000))).toEqual({ code: 'too-few-distinct', distinct: 1, minDistinct: OWN_TEXT_LIMITS.minDistinct });
    expect(checkOwnText('ab \t'.repeat(2000))).toMatchObject({ code: 'too-few-distinct', distinct: 2 });
    expect(checkOwnText(' \t'.repeat(3000))).toMatchObject({ code: 'too-few-distinct', distinct: 0 });
  });
  it('checkOwnText rejects over 5 MB, counted in UTF-8 bytes', () => {
    expect(checkOwnText('abcdefgh'.repeat(655_361))).toMatchObject({ code: 'too-large', maxBytes: 5 * 1024 * 1024 });
    // 1.8 M Hangul syllables are 5.4 MB of UTF-8 though only 1.8 M UTF-16 units.
    expect(checkOwnText('가나다'.repeat(600_000))).toMatchObject({ code: 'too-large' });
    expect(utf8Length('aé가😀')).toBe(1 + 2 + 3 + 4);
    expect(utf8Length('\ud800x')).toBe(3 + 1);
  });
  it('checkOwnText rejects a NUL character or many control characters as binary', () => {
    expect(checkOwnText(ENGLISH.repeat(30) + '\u0000')).toEqual({ code: 'binary' });
    expect(checkOwnText(ENGLISH.repeat(30).replace(/e/g, '\u0007'))).toEqual({ code: 'binary' });
    expect(checkOwnText(ENGLISH.repeat(30) + '\u0007')).toBeNull();
  });
  it('fuzz: checkOwnText never throws, and accepted text always makes a usable corpus', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const text = randomText(100 + seed, seed * 200);
      const problem = checkOwnText(text);
      if (problem) {
        expect(['too-large', 'binary', 'not-utf8', 'too-short', 'too-few-distinct']).toContain(problem.code);
        continue;
      }
      const own = ownTextCorpus(text);
      expect(own.trainChars + own.heldOutChars).toBe(own.vocab.total);
    }
    // Mostly-ASCII random text without controls passes and yields a corpus.
    for (let seed = 1; seed <= 10; seed++) {
      const text = randomText(200 + seed, 3000 + seed * 500).replace(/[\u0000-\u0009\u000b-\u001f]/g, 'x');
      expect(checkOwnText(text)).toBeNull();
      const own = ownTextCorpus(text);
      expect(own.corpus.train.length).toBeGreaterThan(0);
      expect(own.corpus.heldOut.length).toBeGreaterThan(0);
    }
  });
});

describe('decodeTextFile', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('decodeTextFile(bytes) decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeTextFile(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('한국어 text')]))).toEqual({ text: '한국어 text' });
  });
  it('decodeTextFile rejects invalid UTF-8 (Latin-1 bytes, a cut multi-byte sequence)', () => {
    expect(decodeTextFile(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toEqual({ problem: { code: 'not-utf8' } });
    expect(decodeTextFile(bytes('가').slice(0, 2))).toEqual({ problem: { code: 'not-utf8' } });
  });
  it('decodeTextFile rejects NUL bytes (binary files, UTF-16) and files over 5 MB', () => {
    expect(decodeTextFile(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toEqual({ problem: { code: 'binary' } });
    expect(decodeTextFile(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]))).toEqual({ problem: { code: 'binary' } });
    expect(decodeTextFile(new Uint8Array(OWN_TEXT_LIMITS.maxBytes + 1).fill(0x61))).toMatchObject({ problem: { code: 'too-large' } });
  });
  it('fuzz: random bytes either decode to a string that re-encodes to them, or give a problem', () => {
    const rng = createRng(9);
    for (let k = 0; k < 200; k++) {
      const b = Uint8Array.from({ length: 1 + rng.int(64) }, () => (rng.next() < 0.7 ? 32 + rng.int(95) : rng.int(256)));
      const r = decodeTextFile(b);
      if ('text' in r) expect([...new TextEncoder().encode(r.text)]).toEqual([...b].slice(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0));
      else expect(['binary', 'not-utf8']).toContain(r.problem.code);
    }
  });
});

describe('ownTextCorpus', () => {
  it('ownTextCorpus holds out the last tenth of the text, as [start … end] paragraphs', () => {
    const lines = Array.from({ length: 100 }, (_, k) => `line ${String(k).padStart(3, '0')} of the text, long enough.`);
    const own = ownTextCorpus(lines.join('\n'));
    const last = decodeTextIds(own.vocab, own.corpus.heldOut.at(-1)!);
    expect(last).toBe(`${lines[99]}\n`);
    expect(decodeTextIds(own.vocab, own.corpus.train[0])).toBe(`${lines[0]}\n`);
    expect(own.heldOutChars / (own.trainChars + own.heldOutChars)).toBeCloseTo(0.1, 1);
    for (const p of [...own.corpus.train, ...own.corpus.heldOut]) {
      expect(p[0]).toBe(START);
      expect(p[p.length - 1]).toBe(END);
    }
  });
  it('ownTextCorpus cuts a very long line into pieces and never splits a surrogate pair', () => {
    const own = ownTextCorpus('😀'.repeat(3000) + 'abcdef'.repeat(500));
    expect(own.corpus.train.every((p) => p.length <= OWN_TEXT_LIMITS.maxLine + 2)).toBe(true);
    expect(own.vocab.ids.has('😀')).toBe(true);
    expect(own.vocab.tokens.some((t) => t.length === 1 && (t.charCodeAt(0) & 0xf800) === 0xd800)).toBe(false);
  });
});
