/** The sentiment-pooling widget's training job from its settings: what the widget sends its worker, and what the tests re-run. */
import type { Values } from '../../state/url-params';
import type { WordTrainJob } from '../../worker/tasks/word-run';
import type { Pooling } from '../../core/spec';
import { SENTIMENT_VOCAB, MAX_SENTIMENT_TOKENS } from '../../data/sentiment-grammar';
import type { SentimentPoolingSchema } from './schema';

export const POOLINGS: readonly Pooling[] = ['final', 'mean', 'max'];

/** Held-out accuracy is measured every this many steps. */
export const POOLING_EVAL_EVERY = 20;

export function poolingFresh(s: Values<SentimentPoolingSchema>): NonNullable<WordTrainJob['fresh']> {
  return {
    dataset: 'sentiment-sentence',
    seed: s.seed,
    models: POOLINGS.map((pooling) => ({
      key: pooling,
      spec: { cell: s.cell, vocab: SENTIMENT_VOCAB.size, embed: 12, hidden: s.hidden, head: 'classifier', classes: 2, pooling },
    })),
  };
}

export function poolingSentenceIds(s: Values<SentimentPoolingSchema>): number[] {
  return SENTIMENT_VOCAB.read(s.text, MAX_SENTIMENT_TOKENS).ids;
}
