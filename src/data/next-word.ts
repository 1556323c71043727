/**
 * Next-word prediction data from the part-of-speech grammar's sentences: the input is
 * <s> w1 … w(n−1), the target at each step the next word w1 … wn (wn is always "."),
 * so a "tagger" whose tag set is the vocabulary is a language model. Used to show why
 * a bidirectional RNN cannot be one.
 */
import { createRng } from '../core/random';
import { posSentence } from './pos-grammar';
import { WordVocab } from './word-vocab';
import { makeSplit, type Split } from './splits';
import { POS_VOCAB } from './pos-grammar';

export const START = '<s>';
export const NEXT_WORD_VOCAB = new WordVocab([...POS_VOCAB.words.slice(1), START]);

/** Train/test split, deterministic from the seed (smaller than the tagger's: next-word training is slower). */
export function nextWordSplit(seed: number, size = 1500, testFraction = 0.2): Split {
  return makeSplit((rng) => {
    const words = posSentence(rng).words;
    const ids = NEXT_WORD_VOCAB.encode(words);
    return { ids: [NEXT_WORD_VOCAB.id(START), ...ids.slice(0, -1)], tags: ids, label: 0 };
  }, size, testFraction, seed);
}

/** For tests and pictures: a seeded stream of sentences as words. */
export function sampleSentences(seed: number, count: number): string[][] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => posSentence(rng).words);
}
