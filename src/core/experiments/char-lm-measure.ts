/**
 * Perplexities of chapter 1's models measured on whole paragraphs (state reset at
 * each ‹start›), so the n-gram, the simple RNN and the LSTM predict exactly the same
 * characters from the same history. Used by the page's comparison, the lab and pretrain.
 */
import type { CellKind, ParamSet } from '../params';
import { LmStepper, stepperCrossEntropy } from '../lm-stepper';
import { ngramCrossEntropy, trainNgram } from '../ngram';
import { firstParagraphs, type CharCorpus } from '../../data/char-corpus';
import { VOCAB_SIZE, START } from '../../data/char-vocab';

export interface PerplexityResult {
  /** exp(mean cross-entropy). */
  perplexity: number;
  /** Mean cross-entropy in bits per character (log₂ perplexity). */
  bitsPerChar: number;
  /** How many characters (predictions) were scored. */
  count: number;
}

export function toPerplexity(total: number, count: number): PerplexityResult {
  const mean = count > 0 ? total / count : NaN;
  return { perplexity: Math.exp(mean), bitsPerChar: mean / Math.LN2, count };
}

/** A recurrent model's perplexity on paragraphs; `onParagraph` as in stepperCrossEntropy. */
export function modelPerplexity(params: ParamSet, cell: CellKind, paragraphs: Int32Array[], onParagraph?: (done: number) => boolean | void): PerplexityResult {
  const r = stepperCrossEntropy(new LmStepper(params, cell), paragraphs, onParagraph);
  return toPerplexity(r.total, r.count);
}

/**
 * The interpolated Kneser–Ney n-gram's perplexity, trained on the training text
 * (or on `train`, a part of it); `vocab`: tokens of the vocabulary (default Moby-Dick's).
 */
export function ngramPerplexity(corpus: CharCorpus, order: number, paragraphs: Int32Array[], vocab = VOCAB_SIZE, train = corpus.train): PerplexityResult {
  const model = trainNgram(train, order, vocab, START);
  const r = ngramCrossEntropy(model, paragraphs, START);
  return toPerplexity(r.total, r.count);
}

/** The training paragraphs scored for "train perplexity": as many characters as the held-out text. */
export function trainSample(corpus: CharCorpus): Int32Array[] {
  const heldOut = corpus.heldOut.reduce((n, p) => n + p.length - 1, 0);
  return firstParagraphs(corpus.train, heldOut);
}
