/** The sentence under the comparison: does the lecture's ranking show here, and if not, why. */
import type { PerplexityResult } from '../../core/experiments/char-lm-measure';
import { lectureRankingHolds, rankModels } from '../../core/experiments/lm-ranking';
import { perplexityCompareText, type PerplexityCompareText } from './text';

export interface Measured {
  ngram?: PerplexityResult;
  rnn?: PerplexityResult;
  lstm?: PerplexityResult;
}

/** What the verdict needs to know about the run besides the numbers. */
export interface VerdictContext {
  order: number;
  /** True when only the start of the held-out text was scored. */
  partial: boolean;
  /** Characters each shipped model trained on (its weight file's record), and the training text's length. */
  lstmTrainedChars: number;
  rnnTrainedChars: number;
  trainTextChars: number;
}

/** Passes over the training text, to one decimal. */
const epochs = (trained: number, text: number) => (text > 0 ? Math.round((trained / text) * 10) / 10 : 0);

/** `t` and `simpleRnn`: the sentence's words and the simple RNN's name in the reader's language. */
export function verdict(m: Measured, c: VerdictContext, t: PerplexityCompareText = perplexityCompareText.en, simpleRnn = 'simple RNN'): string | null {
  if (!m.ngram || !m.rnn || !m.lstm) return null;
  const p = { ngram: m.ngram.perplexity, rnn: m.rnn.perplexity, lstm: m.lstm.perplexity };
  if (lectureRankingHolds(p)) return t.ranked(c.order);
  const names = { ngram: 'n-gram', rnn: simpleRnn, lstm: 'LSTM' };
  const ranking = rankModels(p).map((k) => names[k]).join(' < ');
  return t.notRanked(ranking, c.order, epochs(c.lstmTrainedChars, c.trainTextChars), epochs(c.rnnTrainedChars, c.trainTextChars), p.lstm < p.rnn, c.partial);
}
