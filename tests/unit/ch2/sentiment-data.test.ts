import { describe, expect, it } from 'vitest';
import { sentimentSplit, SENTIMENT_VOCAB } from '../../../src/data/sentiment-grammar';
import { lengthBatches } from '../../../src/data/splits';
import { tokenize, UNK } from '../../../src/data/word-vocab';

describe('sentiment grammar', () => {
  it('sentimentSplit(seed) is deterministic from its seed and differs between seeds', () => {
    const a = sentimentSplit(7, 400);
    const b = sentimentSplit(7, 400);
    expect(a).toEqual(b);
    expect(sentimentSplit(8, 400).train.slice(0, 5)).not.toEqual(a.train.slice(0, 5));
  });

  it('sentimentSplit keeps every test sentence out of training', () => {
    const { train, test } = sentimentSplit(3, 1000);
    const seen = new Set(train.map((e) => e.ids.join(' ')));
    expect(test.length).toBeGreaterThan(100);
    expect(test.some((e) => seen.has(e.ids.join(' ')))).toBe(false);
  });

  it('labels "terribly" by the adjective that follows it', () => {
    const { train } = sentimentSplit(1, 2000);
    const terribly = SENTIMENT_VOCAB.id('terribly');
    const byNext = { pos: new Set<number>(), neg: new Set<number>() };
    for (const e of train) {
      const t = e.ids.indexOf(terribly);
      if (t < 0 || e.ids[t - 1] === SENTIMENT_VOCAB.id('not')) continue;
      const next = SENTIMENT_VOCAB.words[e.ids[t + 1]];
      (['exciting', 'good', 'great'].includes(next) ? byNext.pos : ['dull', 'bad', 'boring'].includes(next) ? byNext.neg : new Set()).add(e.tags[t]);
    }
    expect([...byNext.pos]).toEqual([2]);
    expect([...byNext.neg]).toEqual([0]);
  });

  it('lengthBatches gives batches of one sentence length', () => {
    const next = lengthBatches(sentimentSplit(2, 500).train, 16, 4);
    for (let k = 0; k < 20; k++) expect(new Set(next().map((e) => e.ids.length)).size).toBe(1);
  });

  it('WordVocab.read reports empty, unknown and overlong input', () => {
    expect(SENTIMENT_VOCAB.read('   ', 10).tokens).toEqual([]);
    const r = SENTIMENT_VOCAB.read('The movie was Zorgly exciting!', 10);
    expect(r.tokens).toEqual(['the', 'movie', 'was', 'zorgly', 'exciting', '!']);
    expect(r.ids[3]).toBe(SENTIMENT_VOCAB.id(UNK));
    expect(r.unknown).toEqual(['zorgly']);
    const long = SENTIMENT_VOCAB.read('good '.repeat(40), 24);
    expect(long.tokens).toHaveLength(24);
    expect(long.cut).toBe(true);
    expect(long.total).toBe(40);
    expect(tokenize('<script>😀 ok')).toEqual(['script', 'ok']);
  });
});
