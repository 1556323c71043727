/**
 * A small part-of-speech dataset from a hand-written grammar (not real text):
 *
 *   S → NP VERB3 NP [PP] [ADV] .          "the old dog sees a small book near the river ."
 *     | PRON AUX VERB NP [ADV] .           "we can book the room today ."
 *     | PRON VERB NP [PP] .                "they watch the play in the park ."
 *     | NP VERB3 ADV .                     "my teacher runs often ."
 *   NP → DET [ADJ] NOUN      PP → PREP DET NOUN
 *
 * Some words are both nouns and verbs ("book", "watch", "play", "run", "fish",
 * "plan") and "can" is a noun or an auxiliary: their tag depends on the words before
 * them, which a left-to-right RNN tagger has read.
 */
import type { Rng } from '../core/random';
import { WordVocab } from './word-vocab';
import { makeSplit, pick, type Split } from './splits';

export const POS_TAGS = ['DET', 'ADJ', 'NOUN', 'VERB', 'AUX', 'PRON', 'PREP', 'ADV', 'PUNCT'] as const;
export type PosTag = (typeof POS_TAGS)[number];

export const AMBIGUOUS = ['book', 'watch', 'play', 'run', 'fish', 'plan', 'can'] as const;
const NOUNS = ['dog', 'cat', 'teacher', 'child', 'park', 'house', 'river', 'room', 'game', 'book', 'watch', 'play', 'run', 'fish', 'plan', 'can'] as const;
const VERB3 = ['sees', 'likes', 'reads', 'opens', 'finds', 'watches', 'plays', 'runs', 'wants'] as const;
const VERB_BASE = ['book', 'watch', 'play', 'run', 'fish', 'plan', 'see', 'like', 'read', 'open', 'find'] as const;
const DETS = ['the', 'a', 'this', 'my'] as const;
const ADJS = ['old', 'new', 'small', 'red', 'quiet', 'long', 'good'] as const;
const PRONS = ['i', 'we', 'they', 'you'] as const;
const AUXES = ['can', 'will', 'must'] as const;
const PREPS = ['in', 'near', 'on', 'with', 'by'] as const;
const ADVS = ['quickly', 'often', 'today', 'slowly', 'again'] as const;

export const MAX_POS_TOKENS = 20;

export const POS_VOCAB = new WordVocab([...DETS, ...ADJS, ...NOUNS, ...VERB3, ...VERB_BASE, ...PRONS, ...AUXES, ...PREPS, ...ADVS, '.']);

export interface TaggedSentence {
  words: string[];
  tags: PosTag[];
}

/** One sentence from the grammar with its tags. */
export function posSentence(rng: Rng): TaggedSentence {
  const words: string[] = [];
  const tags: PosTag[] = [];
  const add = (w: string, t: PosTag) => (words.push(w), tags.push(t));
  const np = () => {
    add(pick(rng, DETS), 'DET');
    if (rng.next() < 0.4) add(pick(rng, ADJS), 'ADJ');
    add(pick(rng, NOUNS), 'NOUN');
  };
  const pp = () => {
    add(pick(rng, PREPS), 'PREP');
    add(pick(rng, DETS), 'DET');
    add(pick(rng, NOUNS), 'NOUN');
  };
  const form = rng.int(4);
  if (form === 0) {
    np(); add(pick(rng, VERB3), 'VERB'); np();
    if (rng.next() < 0.4) pp();
    if (rng.next() < 0.3) add(pick(rng, ADVS), 'ADV');
  } else if (form === 1) {
    add(pick(rng, PRONS), 'PRON'); add(pick(rng, AUXES), 'AUX'); add(pick(rng, VERB_BASE), 'VERB'); np();
    if (rng.next() < 0.4) add(pick(rng, ADVS), 'ADV');
  } else if (form === 2) {
    add(pick(rng, PRONS), 'PRON'); add(pick(rng, VERB_BASE), 'VERB'); np();
    if (rng.next() < 0.5) pp();
  } else {
    np(); add(pick(rng, VERB3), 'VERB'); add(pick(rng, ADVS), 'ADV');
  }
  add('.', 'PUNCT');
  return { words, tags };
}

/** Train/test split, deterministic from the seed. */
export function posSplit(seed: number, size = 3000, testFraction = 0.2): Split {
  return makeSplit((rng) => {
    const s = posSentence(rng);
    return { ids: POS_VOCAB.encode(s.words), tags: s.tags.map((t) => POS_TAGS.indexOf(t)), label: 0 };
  }, size, testFraction, seed);
}
