/**
 * A small, honest sentiment dataset from a hand-written grammar (no real reviews):
 *
 *   S → [OPENER ,] DET NOUN VERB [not] [INTENSIFIER] ADJ [CLOSER] (. | !)
 *
 * The sentence is positive when the adjective is positive and not negated, or
 * negative and negated ("not bad"). Intensifiers such as "terribly" and "awfully"
 * carry no polarity of their own: "terribly exciting" is positive, "terribly dull"
 * negative. Openers and closers are neutral phrases of varying length, so the
 * decisive words sit anywhere in the sentence (which is what separates the final
 * hidden state from mean and max pooling).
 *
 * Two labellings of the same sentences:
 *  - sentence label: 0 negative, 1 positive (the classifier of chapter 2);
 *  - per-token label: 0 negative, 1 neutral, 2 positive. The adjective, its
 *    intensifier and "not" carry the phrase's polarity; every other word is neutral.
 *    "terribly" and "not" therefore take the polarity of what FOLLOWS them: a
 *    left-to-right model cannot know it at that word, a bidirectional one can.
 */
import type { Rng } from '../core/random';
import { WordVocab } from './word-vocab';
import { makeSplit, pick, type Example, type Split } from './splits';

export const POSITIVE = ['good', 'great', 'exciting', 'wonderful', 'brilliant', 'fun', 'moving', 'clever', 'funny', 'beautiful'] as const;
export const NEGATIVE = ['bad', 'boring', 'awful', 'dull', 'terrible', 'weak', 'slow', 'silly', 'bland', 'messy'] as const;
export const INTENSIFIERS = ['terribly', 'awfully', 'really', 'very', 'incredibly', 'extremely'] as const;
const DETS = ['the', 'this', 'that'] as const;
const NOUNS = ['movie', 'film', 'plot', 'acting', 'story', 'ending', 'music', 'cast', 'script', 'show'] as const;
const VERBS = ['was', 'is', 'felt', 'seemed'] as const;
const OPENERS = ['honestly', 'i think', 'to be honest', 'in the end', 'for me', 'all in all', 'if you ask me', 'after the first hour'] as const;
const CLOSERS = ['overall', 'to me', 'at times', 'for most of the two hours', 'from start to finish', 'if you ask me', 'in my opinion', 'as far as i can tell'] as const;
const ENDS = ['.', '!'] as const;

/** Sentence classes. */
export const SENTENCE_CLASSES = ['negative', 'positive'] as const;
/** Per-token classes. */
export const TOKEN_CLASSES = ['negative', 'neutral', 'positive'] as const;
export const MAX_SENTIMENT_TOKENS = 24;

const words = (phrases: readonly string[]) => phrases.flatMap((p) => p.split(' '));

export const SENTIMENT_VOCAB = new WordVocab([
  ...DETS, ...NOUNS, ...VERBS, 'not', ...INTENSIFIERS, ...POSITIVE, ...NEGATIVE, ...words(OPENERS), ...words(CLOSERS), ',', ...ENDS,
]);

export interface SentimentSentence {
  words: string[];
  /** 0 negative, 1 positive. */
  label: number;
  /** Per token: 0 negative, 1 neutral, 2 positive. */
  tags: number[];
}

/** One sentence from the grammar. */
export function sentimentSentence(rng: Rng): SentimentSentence {
  const out: string[] = [];
  const tags: number[] = [];
  const push = (ws: string[], tag: number) => ws.forEach((w) => (out.push(w), tags.push(tag)));
  const positiveAdj = rng.next() < 0.5;
  const negated = rng.next() < 0.3;
  const positive = positiveAdj !== negated;
  const phrase = positive ? 2 : 0;
  if (rng.next() < 0.4) push([...pick(rng, OPENERS).split(' '), ','], 1);
  push([pick(rng, DETS), pick(rng, NOUNS), pick(rng, VERBS)], 1);
  if (negated) push(['not'], phrase);
  if (rng.next() < 0.5) push([pick(rng, INTENSIFIERS)], phrase);
  push([pick(rng, positiveAdj ? POSITIVE : NEGATIVE)], phrase);
  if (rng.next() < 0.6) push(pick(rng, CLOSERS).split(' '), 1);
  push([pick(rng, ENDS)], 1);
  return { words: out, label: positive ? 1 : 0, tags };
}

/** Train/test split of grammar sentences, deterministic from the seed. */
export function sentimentSplit(seed: number, size = 3000, testFraction = 0.2): Split {
  return makeSplit((rng) => {
    const s = sentimentSentence(rng);
    return { ids: SENTIMENT_VOCAB.encode(s.words), tags: s.tags, label: s.label } satisfies Example;
  }, size, testFraction, seed);
}
