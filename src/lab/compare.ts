/**
 * `npm run lab -- compare [--order n] [--chars c]`: chapter 1's comparison as the page
 * runs it with the same settings: the interpolated Kneser–Ney n-gram, the shipped simple
 * RNN and the shipped LSTM, scored on the same held-out characters (whole paragraphs
 * from ‹start›), plus the n-gram at every order the page offers, and what the weight
 * files record about how the models were made.
 */
import { parseOptions, type OptionSpecs } from './args';
import { modelPerplexity, ngramPerplexity, type PerplexityResult } from '../core/experiments/char-lm-measure';
import { lectureRankingHolds, rankModels } from '../core/experiments/lm-ranking';
import { firstParagraphs, countTargets } from '../data/char-corpus';
import { loadCharCorpus } from '../data/load-char-corpus';
import { loadCharWeights } from '../data/load-char-weights';
import { perplexityCompareSchema as page } from '../widgets/perplexity-compare/schema';

export const compareOptions = {
  order: { kind: 'int', min: page.order.min, max: page.order.max, default: page.order.default, help: "n of the n-gram (the page's default)" },
  chars: { kind: 'int', min: page.chars.min, max: page.chars.max, default: page.chars.default, help: 'held-out characters scored, from the start of the held-out text' },
} satisfies OptionSpecs;

const scored = (r: PerplexityResult) => ({ perplexity: r.perplexity, bitsPerChar: r.bitsPerChar });

export async function runCompare(argv: readonly string[]): Promise<Record<string, unknown>> {
  const o = parseOptions(argv, compareOptions);
  const start = Date.now();
  const corpus = await loadCharCorpus();
  const text = firstParagraphs(corpus.heldOut, o.chars);
  const models = Object.fromEntries(
    await Promise.all((['rnn', 'lstm'] as const).map(async (cell) => {
      const file = await loadCharWeights(cell);
      return [cell, { ...scored(modelPerplexity(file.params, cell, text)), hidden: file.spec.hidden, embed: file.spec.embed, meta: file.meta }] as const;
    })),
  ) as Record<'rnn' | 'lstm', ReturnType<typeof scored> & { hidden: number; embed: number; meta: Record<string, unknown> }>;
  const ngramByOrder: { order: number; perplexity: number; bitsPerChar: number }[] = [];
  for (let n = page.order.min; n <= page.order.max; n++) ngramByOrder.push({ order: n, ...scored(ngramPerplexity(corpus, n, text)) });
  const ngram = ngramByOrder.find((r) => r.order === o.order)!;
  const p = { ngram: ngram.perplexity, rnn: models.rnn.perplexity, lstm: models.lstm.perplexity };
  const bestNgram = ngramByOrder.reduce((a, b) => (b.perplexity < a.perplexity ? b : a));
  return {
    text: { chars: countTargets(text), paragraphs: text.length, source: 'the held-out chapters (never trained on), from the start' },
    ngram: { model: 'interpolated Kneser-Ney', ...ngram },
    rnn: models.rnn,
    lstm: models.lstm,
    ranking: rankModels(p),
    lectureRanking: lectureRankingHolds(p),
    ngramByOrder,
    bestNgram,
    lstmBelowEveryOrder: models.lstm.perplexity < bestNgram.perplexity,
    elapsedMs: Date.now() - start,
  };
}
