/** The bidirectional-sentiment widget's settings, kept in the URL under "bs5.". */
import type { Schema } from '../../state/url-params';

export const BIDIRECTIONAL_SENTIMENT_PREFIX = 'bs5';

export const bidirectionalSentimentSchema = {
  hidden: { kind: 'number', default: 16, min: 8, max: 32, integer: true },
  steps: { kind: 'number', default: 300, min: 20, max: 1500, integer: true },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
  text: { kind: 'text', default: 'the movie was terribly exciting !', maxLength: 200 },
  /** The word whose hidden state is drawn (1-based). */
  at: { kind: 'number', default: 4, min: 1, max: 24, integer: true },
} as const satisfies Schema;

export type BidirectionalSentimentSchema = typeof bidirectionalSentimentSchema;
