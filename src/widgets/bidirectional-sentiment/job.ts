/** The bidirectional-sentiment widget's training job from its settings: what the widget sends its worker, and what the tests re-run. */
import type { Values } from '../../state/url-params';
import type { WordTrainJob } from '../../worker/tasks/word-run';
import { SENTIMENT_VOCAB, MAX_SENTIMENT_TOKENS } from '../../data/sentiment-grammar';
import type { BidirectionalSentimentSchema } from './schema';

export const DIRECTIONS = ['forward', 'bidirectional'] as const;

/** Held-out accuracy is measured every this many steps. */
export const BIDIRECTIONAL_EVAL_EVERY = 20;

export const readSentimentSentence = (text: string) => SENTIMENT_VOCAB.read(text, MAX_SENTIMENT_TOKENS);

export function bidirectionalFresh(s: Values<BidirectionalSentimentSchema>): NonNullable<WordTrainJob['fresh']> {
  return {
    dataset: 'sentiment-tokens',
    seed: s.seed,
    models: DIRECTIONS.map((key) => ({
      key,
      spec: { cell: 'rnn', vocab: SENTIMENT_VOCAB.size, embed: 12, hidden: s.hidden, head: 'tagger', classes: 3, bidirectional: key === 'bidirectional' },
    })),
  };
}
