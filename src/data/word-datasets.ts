/**
 * The word-level datasets of chapters 2 and 5 by name, so the page and the worker
 * agree on a dataset by sending only its name and seed.
 */
import { SENTIMENT_VOCAB, SENTENCE_CLASSES, TOKEN_CLASSES, INTENSIFIERS, sentimentSplit } from './sentiment-grammar';
import { POS_VOCAB, POS_TAGS, AMBIGUOUS, posSplit } from './pos-grammar';
import { NEXT_WORD_VOCAB, nextWordSplit } from './next-word';
import type { Split } from './splits';
import type { WordVocab } from './word-vocab';

export type WordDatasetName = 'sentiment-sentence' | 'sentiment-tokens' | 'pos' | 'next-word';

export interface WordDataset {
  vocab: WordVocab;
  /** Names of the classes the model predicts. */
  classes: readonly string[];
  /** Per-sentence label or per-token tags. */
  target: 'label' | 'tags';
  split(seed: number): Split;
  /** Token ids whose tag depends on the words after them (accuracy reported separately). */
  focus?: readonly number[];
  /** Next-word data: also measure the loss with each prediction made from the prefix alone. */
  prefixEval?: boolean;
}

export const WORD_DATASETS: Record<WordDatasetName, WordDataset> = {
  'sentiment-sentence': { vocab: SENTIMENT_VOCAB, classes: SENTENCE_CLASSES, target: 'label', split: (seed) => sentimentSplit(seed) },
  'sentiment-tokens': {
    vocab: SENTIMENT_VOCAB, classes: TOKEN_CLASSES, target: 'tags', split: (seed) => sentimentSplit(seed),
    focus: [...INTENSIFIERS, 'not'].map((w) => SENTIMENT_VOCAB.id(w)),
  },
  pos: {
    vocab: POS_VOCAB, classes: POS_TAGS, target: 'tags', split: (seed) => posSplit(seed),
    focus: AMBIGUOUS.map((w) => POS_VOCAB.id(w)),
  },
  'next-word': {
    vocab: NEXT_WORD_VOCAB, classes: NEXT_WORD_VOCAB.words, target: 'tags', split: (seed) => nextWordSplit(seed), prefixEval: true,
  },
};
