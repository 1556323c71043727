/** The sentence under the comparison: does the lecture's ranking show here, and if not, why. */
import type { PerplexityResult } from '../../core/experiments/char-lm-measure';

export interface Measured {
  ngram?: PerplexityResult;
  rnn?: PerplexityResult;
  lstm?: PerplexityResult;
}

export function verdict(m: Measured, order: number, lstmSteps: number, rnnSteps: number): string | null {
  if (!m.ngram || !m.rnn || !m.lstm) return null;
  const [n, r, l] = [m.ngram.perplexity, m.rnn.perplexity, m.lstm.perplexity];
  if (n > r && r > l) {
    return `The lecture's ranking appears here too: the ${order}-gram is worst, the simple RNN better, the LSTM best — measured on the same held-out characters.`;
  }
  const order3 = [['n-gram', n], ['simple RNN', r], ['LSTM', l]] as const;
  const ranking = [...order3].sort((a, b) => a[1] - b[1]).map((x) => x[0]).join(' < ');
  const lstmBeatsRnn = l < r;
  return `Here the ranking is ${ranking} (lower is better), not the lecture's n-gram > RNN > LSTM. ` +
    `At this scale that is expected: the n-gram counts every ${order}-character sequence of the ~700 k training characters exactly, ` +
    `while the recurrent models saw their data only ≈${Math.round((lstmSteps * 2048) / 720_000 * 10) / 10} (LSTM) and ${Math.round((rnnSteps * 2048) / 720_000 * 10) / 10} (RNN) times in a few minutes of laptop training, with 128 hidden units. ` +
    `${lstmBeatsRnn ? 'The LSTM already beats the simple RNN. ' : ''}The lecture's models had 1,000–8,000 units and a billion words, where counting runs out of data and the neural models' ability to generalise wins; longer training of these small models also narrows the gap.`;
}
