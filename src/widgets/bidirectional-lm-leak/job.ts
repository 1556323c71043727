/** The LM-leak widget's training job from its settings: what the widget sends its worker, and what the tests re-run. */
import type { Values } from '../../state/url-params';
import type { WordTrainJob } from '../../worker/tasks/word-run';
import { NEXT_WORD_VOCAB } from '../../data/next-word';
import type { LmLeakSchema } from './schema';

export const LEAK_MODELS = ['forward', 'bidirectional'] as const;

/** Held-out losses are measured every this many steps. */
export const LEAK_EVAL_EVERY = 25;

export function lmLeakFresh(s: Values<LmLeakSchema>): NonNullable<WordTrainJob['fresh']> {
  return {
    dataset: 'next-word',
    seed: s.seed,
    models: LEAK_MODELS.map((key) => ({
      key,
      spec: { cell: 'rnn', vocab: NEXT_WORD_VOCAB.size, embed: 12, hidden: s.hidden, head: 'tagger', classes: NEXT_WORD_VOCAB.size, bidirectional: key === 'bidirectional' },
    })),
  };
}
