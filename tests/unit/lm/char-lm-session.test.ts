/** A chapter-1 session started from weights takes the weights' sizes (the shipped models are larger than the live ones). */
import { beforeAll, describe, expect, it } from 'vitest';
import { CharLmSession, CHAR_LM_SIZES, sizesOf } from '../../../src/core/experiments/char-lm';
import { parseCorpus } from '../../../src/data/char-corpus';
import { useCpu } from '../core/helpers';

beforeAll(useCpu);

const text = Array.from({ length: 40 }, (_, k) => `call me ishmael. some years ago, never mind how long precisely, line ${k}.`).join('\n');
const corpus = parseCorpus(text, text.slice(0, 800));

describe('CharLmSession sizes', () => {
  it('a fresh session has the requested sizes; one from its weights has the same, not the defaults', () => {
    const sizes = { embed: 6, hidden: 10 };
    const a = new CharLmSession(corpus, { cell: 'lstm', seed: 1, sizes, batch: 2, length: 8 });
    expect(a.model.spec).toMatchObject(sizes);
    const params = a.params();
    expect(sizesOf(params)).toEqual(sizes);
    a.dispose();
    const b = new CharLmSession(corpus, { cell: 'lstm', seed: 1, params, batch: 2, length: 8, learningRate: 1e-4 });
    expect(b.model.spec).toMatchObject(sizes);
    expect(Number.isFinite(b.trainStep().loss)).toBe(true);
    b.dispose();
    expect(CHAR_LM_SIZES.lstm).not.toEqual(sizes);
  });
  it('a learning-rate schedule is applied step by step', () => {
    const seen: number[] = [];
    const s = new CharLmSession(corpus, { cell: 'rnn', seed: 2, sizes: { embed: 4, hidden: 6 }, batch: 2, length: 8, learningRateAt: (n) => (seen.push(n), 0.01 / n) });
    s.trainStep();
    s.trainStep();
    expect(seen).toEqual([1, 1, 2]); // step 1 sets up the optimiser, then once per step
    s.dispose();
  });
});
