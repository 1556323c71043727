/** Chapter 1's models on a reader's text: a vocabulary of the text's size, training, sampling, the n-gram. */
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../../src/core/tfjs-model';
import { CharLmSession, charLmSpec } from '../../../src/core/experiments/char-lm';
import { modelPerplexity, ngramPerplexity } from '../../../src/core/experiments/char-lm-measure';
import { sampleRunningText } from '../../../src/core/experiments/char-lm-sample';
import { VOCAB_SIZE } from '../../../src/data/char-vocab';
import { ownTextCorpus } from '../../../src/data/own-text';

beforeAll(async () => {
  await initBackend('cpu');
});

const KOREAN = '나는 오늘 아침에 학교에 갔다. 하늘이 맑고 바람이 시원했다. 친구와 함께 점심을 먹었다.\n'.repeat(60);

describe('a model of the reader\'s text', () => {
  it('charLmSpec(cell) keeps Moby-Dick\'s vocabulary by default', () => {
    expect(charLmSpec('lstm').vocab).toBe(VOCAB_SIZE);
    expect(charLmSpec('rnn', undefined, 99).vocab).toBe(99);
  });
  it.each(['rnn', 'lstm'] as const)('%s: a session with vocab = the text\'s trains, lowers its loss, samples only its ids', (cell) => {
    const own = ownTextCorpus(KOREAN);
    const s = new CharLmSession(own.corpus, { cell, seed: 3, batch: 4, length: 16, vocab: own.vocab.size, sizes: { embed: 8, hidden: 16 } });
    const before = s.heldOutLoss();
    expect(before).toBeCloseTo(Math.log(own.vocab.size), 0);
    for (let k = 0; k < 30; k++) s.trainStep();
    expect(s.heldOutLoss()).toBeLessThan(before);
    const params = s.params();
    expect(params.U.shape[0]).toBe(own.vocab.size);
    const ids = sampleRunningText(params, cell, { length: 50, temperature: 0.8, seed: 1 });
    expect(ids).toHaveLength(50);
    expect(ids.every((id) => id >= 0 && id < own.vocab.size)).toBe(true);
    expect(sampleRunningText(params, cell, { length: 50, temperature: 0.8, seed: 1 })).toEqual(ids);
    const r = modelPerplexity(params, cell, own.corpus.heldOut);
    expect(r.count).toBe(own.heldOutChars + own.corpus.heldOut.length);
    s.dispose();
  });
  it('ngramPerplexity(corpus, n, held-out, vocab) gives the held-out repetition a low perplexity', () => {
    const own = ownTextCorpus(KOREAN);
    const r = ngramPerplexity(own.corpus, 5, own.corpus.heldOut, own.vocab.size);
    expect(r.perplexity).toBeGreaterThan(1);
    expect(r.perplexity).toBeLessThan(3);
  });
});
