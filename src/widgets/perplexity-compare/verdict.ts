/** The sentence under the comparison: does the lecture's ranking show here, and if not, why. */
import type { PerplexityResult } from '../../core/experiments/char-lm-measure';
import { perplexityCompareText, type PerplexityCompareText } from './text';

export interface Measured {
  ngram?: PerplexityResult;
  rnn?: PerplexityResult;
  lstm?: PerplexityResult;
}

/** How many times a model saw the ~720 k training characters in `steps` mini-batches of 32×64. */
const epochs = (steps: number) => Math.round((steps * 2048) / 720_000 * 10) / 10;

/** `t` and `simpleRnn`: the sentence's words and the simple RNN's name in the reader's language. */
export function verdict(m: Measured, order: number, lstmSteps: number, rnnSteps: number,
  t: PerplexityCompareText = perplexityCompareText.en, simpleRnn = 'simple RNN'): string | null {
  if (!m.ngram || !m.rnn || !m.lstm) return null;
  const [n, r, l] = [m.ngram.perplexity, m.rnn.perplexity, m.lstm.perplexity];
  if (n > r && r > l) return t.ranked(order);
  const order3 = [['n-gram', n], [simpleRnn, r], ['LSTM', l]] as const;
  const ranking = [...order3].sort((a, b) => a[1] - b[1]).map((x) => x[0]).join(' < ');
  return t.notRanked(ranking, order, epochs(lstmSteps), epochs(rnnSteps), l < r);
}
