/**
 * Chapter 1's headline result as data: the lecture's ranking of held-out perplexity,
 * n-gram > simple RNN > LSTM (lower is better). Shared by the page's verdict, the lab's
 * `compare` command and the test that re-measures the shipped weights.
 */
export type RankedModel = 'ngram' | 'rnn' | 'lstm';

export type Perplexities = Record<RankedModel, number>;

/** The three models from best (lowest perplexity) to worst. */
export function rankModels(p: Perplexities): RankedModel[] {
  return (['ngram', 'rnn', 'lstm'] as const).slice().sort((a, b) => p[a] - p[b]);
}

/** True when the measurement shows the lecture's ranking: LSTM < simple RNN < n-gram. */
export function lectureRankingHolds(p: Perplexities): boolean {
  return p.lstm < p.rnn && p.rnn < p.ngram;
}
