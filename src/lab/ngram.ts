/**
 * `npm run lab -- ngram [--order n]`: the interpolated Kneser–Ney character n-gram
 * trained on chapter 1's training text, scored on the held-out chapters exactly as
 * the page's comparison scores the RNNs (whole paragraphs from ‹start›).
 */
import { parseOptions, type OptionSpecs } from './args';
import { ngramPerplexity, trainSample } from '../core/experiments/char-lm-measure';
import { loadCharCorpus } from '../data/load-char-corpus';

export const ngramOptions = {
  order: { kind: 'int', min: 1, max: 10, default: 5, help: 'n: the model conditions on the previous n−1 characters' },
} satisfies OptionSpecs;

export async function runNgram(argv: readonly string[]): Promise<Record<string, unknown>> {
  const o = parseOptions(argv, ngramOptions);
  const corpus = await loadCharCorpus();
  const start = Date.now();
  const heldOut = ngramPerplexity(corpus, o.order, corpus.heldOut);
  const train = ngramPerplexity(corpus, o.order, trainSample(corpus));
  return {
    model: 'interpolated Kneser-Ney', order: o.order,
    heldOutPerplexity: heldOut.perplexity, heldOutBitsPerChar: heldOut.bitsPerChar, heldOutChars: heldOut.count,
    trainPerplexity: train.perplexity, elapsedMs: Date.now() - start,
  };
}
