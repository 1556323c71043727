import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { useCpu, makeModel } from '../core/helpers';
import { prefixOnlyLoss, generateIds } from '../../../src/core/leaky-lm';
import { evaluateExamples } from '../../../src/core/word-models';
import { nextWordSplit, NEXT_WORD_VOCAB, START } from '../../../src/data/next-word';
import { createRng } from '../../../src/core/random';

beforeAll(useCpu);

describe('leaky language model', () => {
  const test = nextWordSplit(3, 200).test.slice(0, 12);
  const spec = { cell: 'rnn' as const, vocab: NEXT_WORD_VOCAB.size, embed: 6, hidden: 8, head: 'tagger' as const, classes: NEXT_WORD_VOCAB.size };

  it('prefixOnlyLoss equals the teacher-forced loss for a forward model and differs for a bidirectional one', () => {
    const fw = makeModel(spec, 4);
    expect(prefixOnlyLoss(fw, test)).toBeCloseTo(evaluateExamples(fw, test, 'tags').loss, 4);
    const bi = makeModel({ ...spec, bidirectional: true }, 4);
    expect(Math.abs(prefixOnlyLoss(bi, test) - evaluateExamples(bi, test, 'tags').loss)).toBeGreaterThan(1e-3);
    fw.dispose();
    bi.dispose();
  });

  it('nextWordSplit shifts by one: the target at t is the input at t+1', () => {
    const [e] = nextWordSplit(9, 50).train;
    expect(e.ids[0]).toBe(NEXT_WORD_VOCAB.id(START));
    expect(e.ids.slice(1)).toEqual(e.tags.slice(0, -1));
    expect(NEXT_WORD_VOCAB.words[e.tags.at(-1)!]).toBe('.');
  });

  it('generateIds stops at the end token or the length limit and leaks no tensors', () => {
    const fw = makeModel(spec, 4);
    generateIds(fw, NEXT_WORD_VOCAB.id(START), NEXT_WORD_VOCAB.id('.'), 5, 1, createRng(1));
    const before = tf.memory().numTensors;
    const ids = generateIds(fw, NEXT_WORD_VOCAB.id(START), NEXT_WORD_VOCAB.id('.'), 5, 1, createRng(2));
    expect(ids.length).toBeLessThanOrEqual(5);
    expect(tf.memory().numTensors).toBe(before);
    fw.dispose();
  });
});
