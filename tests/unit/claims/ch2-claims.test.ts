/**
 * Chapter 2's sentences that state what a widget shows, re-measured at the widget's
 * defaults (imported from its schema) with the same worker tasks the page runs.
 * On the wasm backend, as in the page's worker.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useBothBackends as useWasm } from '../wasm/backends';
import { defaults } from '../../../src/state/url-params';
import { taggerSchema } from '../../../src/widgets/tagger/schema';
import { taggerFresh, taggerSentenceIds, TAGGER_EVAL_EVERY } from '../../../src/widgets/tagger/job';
import { sentimentPoolingSchema } from '../../../src/widgets/sentiment-pooling/schema';
import { poolingFresh, POOLINGS, POOLING_EVAL_EVERY } from '../../../src/widgets/sentiment-pooling/job';
import { encoderDecoderSchema } from '../../../src/widgets/encoder-decoder/schema';
import { encoderDecoderFresh } from '../../../src/widgets/encoder-decoder/job';
import { wordTrainTask, wordReadTask, type WordTrainProgress, type WordReadResult } from '../../../src/worker/tasks/word-run';
import { seq2seqTrainTask, seq2seqDecodeTask, type Seq2SeqProgress } from '../../../src/worker/tasks/seq2seq-run';
import { POS_TAGS, POS_VOCAB, MAX_POS_TOKENS } from '../../../src/data/pos-grammar';
import { reverseData } from '../../../src/data/reverse-task';
import type { Decoded } from '../../../src/core/seq2seq';
import { runTask, lastWith } from './run-task';

beforeAll(useWasm);

/** The most likely tag of every word of a reading. */
function tags(reading: WordReadResult[string]): string[] {
  const K = POS_TAGS.length;
  return Array.from({ length: reading.length }, (_, t) => {
    let best = 0;
    for (let k = 1; k < K; k++) if (reading.probs[t * K + k] > reading.probs[t * K + best]) best = k;
    return POS_TAGS[best];
  });
}

describe('chapter 2, tagging: "the tagger can use context"', () => {
  it('the tagger trained at its defaults tags "can" by the word before it (AUX after "we", NOUN after "the"), and "book" in the default sentence as VERB after "can", NOUN after "a"', async () => {
    const d = defaults(taggerSchema);
    await runTask<WordTrainProgress>(wordTrainTask, { fresh: taggerFresh(d), steps: d.steps, evalEvery: TAGGER_EVAL_EVERY });
    const read = async (ids: number[]) => tags(((await runTask(wordReadTask, { ids })).result as WordReadResult).tagger);
    const mine = await read(POS_VOCAB.read('we can book the can .', MAX_POS_TOKENS).ids);
    expect(mine[1]).toBe('AUX');
    expect(mine[4]).toBe('NOUN');
    const words = d.text.split(' ');
    const shown = await read(taggerSentenceIds(d));
    expect(words[2]).toBe('book');
    expect(shown[2]).toBe('VERB');
    expect(words.lastIndexOf('book')).toBe(11);
    expect(shown[11]).toBe('NOUN');
  });
});

describe('chapter 2, sentence encodings', () => {
  it('at the widget\'s defaults, mean and max pooling pass 95% held-out accuracy at an earlier step than the final state, and all three end at ≥ 95%', async () => {
    const d = defaults(sentimentPoolingSchema);
    const { progress } = await runTask<WordTrainProgress>(wordTrainTask, { fresh: poolingFresh(d), steps: d.steps, evalEvery: POOLING_EVAL_EVERY });
    const firstAt = (key: string, level: number) => progress.find((p) => p.key === key && p.accuracy !== undefined && p.accuracy >= level)?.step ?? Infinity;
    expect(firstAt('mean', 0.95)).toBeLessThan(firstAt('final', 0.95));
    expect(firstAt('max', 0.95)).toBeLessThan(firstAt('final', 0.95));
    const last = lastWith(progress, 'accuracy');
    for (const key of POOLINGS) {
      expect(last[key].step).toBe(d.steps);
      expect(last[key].accuracy).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe('chapter 2, the single-vector bottleneck', () => {
  it('the encoder–decoder trained at its defaults reverses almost every held-out string of 2–4 symbols but fewer than 3 in 4 of the 6-symbol ones', async () => {
    const d = defaults(encoderDecoderSchema);
    await runTask<Seq2SeqProgress>(seq2seqTrainTask, { fresh: encoderDecoderFresh(d), steps: d.steps, evalEvery: d.steps });
    const exact: Record<number, { hit: number; all: number }> = {};
    for (const p of reverseData(d.seed).test) {
      const out = ((await runTask(seq2seqDecodeTask, { ids: p.source })).result as { s2s: Decoded }).s2s.output;
      const e = (exact[p.source.length] ??= { hit: 0, all: 0 });
      e.all++;
      if (out.join() === p.target.slice(0, -1).join()) e.hit++;
    }
    const rate = (lengths: number[]) => lengths.reduce((a, n) => a + exact[n].hit, 0) / lengths.reduce((a, n) => a + exact[n].all, 0);
    expect(rate([2, 3, 4])).toBeGreaterThanOrEqual(0.95);
    expect(rate([6])).toBeLessThan(0.75);
  });
});
