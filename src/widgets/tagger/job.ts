/** The tagger's training job from its settings: what the widget sends its worker, and what the tests re-run. */
import type { Values } from '../../state/url-params';
import type { WordTrainJob } from '../../worker/tasks/word-run';
import { POS_VOCAB, POS_TAGS, MAX_POS_TOKENS } from '../../data/pos-grammar';
import type { TaggerSchema } from './schema';

/** Held-out accuracy is measured every this many steps. */
export const TAGGER_EVAL_EVERY = 20;

export function taggerFresh(s: Values<TaggerSchema>): NonNullable<WordTrainJob['fresh']> {
  return {
    dataset: 'pos',
    seed: s.seed,
    models: [{ key: 'tagger', spec: { cell: s.cell, vocab: POS_VOCAB.size, embed: 12, hidden: s.hidden, head: 'tagger', classes: POS_TAGS.length } }],
  };
}

export function taggerSentenceIds(s: Values<TaggerSchema>): number[] {
  return POS_VOCAB.read(s.text, MAX_POS_TOKENS).ids;
}
