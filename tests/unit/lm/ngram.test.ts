/** The Kneser–Ney character n-gram: a proper distribution, and better with more context on real text. */
import { describe, expect, it } from 'vitest';
import { ngramCrossEntropy, ngramDistribution, ngramProbability, trainNgram } from '../../../src/core/ngram';
import { parseParagraphs } from '../../../src/data/char-corpus';
import { VOCAB_SIZE, encodeText } from '../../../src/data/char-vocab';

const text = [
  'call me ishmael. some years ago, never mind how long precisely, having little or no money in my purse.',
  'it is a way i have of driving off the spleen and regulating the circulation.',
  'whenever i find myself growing grim about the mouth, i account it high time to get to sea as soon as i can.',
].join('\n');
const paragraphs = parseParagraphs(text);

describe('trainNgram / ngramDistribution', () => {
  it.each([1, 2, 3, 5])('order %i: the probabilities of the next character sum to 1 in seen and unseen contexts', (order) => {
    const model = trainNgram(paragraphs, order, VOCAB_SIZE);
    for (const history of [[0], [0, ...encodeText('call m').ids], encodeText('zzqx').ids, encodeText('the').ids]) {
      const p = ngramDistribution(model, history);
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      for (const v of p) expect(v).toBeGreaterThan(0);
    }
  });
  it('gives the seen continuation more probability than an unseen one', () => {
    const model = trainNgram(paragraphs, 4, VOCAB_SIZE);
    const h = [0, ...encodeText('call m').ids];
    expect(ngramProbability(model, h, encodeText('e').ids[0])).toBeGreaterThan(ngramProbability(model, h, encodeText('x').ids[0]));
  });
  it('scores every prediction once: count = characters + end tokens', () => {
    const model = trainNgram(paragraphs, 3, VOCAB_SIZE);
    const { count, total } = ngramCrossEntropy(model, paragraphs);
    expect(count).toBe(paragraphs.reduce((n, p) => n + p.length - 1, 0));
    expect(Number.isFinite(total)).toBe(true);
  });
  it('rejects a bad order', () => {
    expect(() => trainNgram(paragraphs, 0, VOCAB_SIZE)).toThrow(/order/);
  });
});
