/** The sentiment-pooling widget's settings, kept in the URL under "sp.". */
import type { Schema } from '../../state/url-params';

export const SENTIMENT_POOLING_PREFIX = 'sp';

export const sentimentPoolingSchema = {
  cell: { kind: 'enum', default: 'rnn', values: ['rnn', 'lstm'] },
  hidden: { kind: 'number', default: 16, min: 8, max: 32, integer: true },
  /** Training steps per model for one press of Train. */
  steps: { kind: 'number', default: 300, min: 20, max: 1500, integer: true },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
  text: { kind: 'text', default: 'honestly , the acting was awful from start to finish .', maxLength: 200 },
} as const satisfies Schema;

export type SentimentPoolingSchema = typeof sentimentPoolingSchema;
