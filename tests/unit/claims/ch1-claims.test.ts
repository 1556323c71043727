/**
 * Chapter 1's sentences about what the reader's run shows, re-measured with the
 * widgets' defaults. (The n-gram / RNN / LSTM ranking of the shipped models is
 * re-measured in tests/unit/lab/compare-cli.test.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CharLmSession } from '../../../src/core/experiments/char-lm';
import { loadCharCorpus } from '../../../src/data/load-char-corpus';
import { lmTrainerSchema } from '../../../src/widgets/lm-trainer/schema';
import { useCpu } from '../core/helpers';

beforeAll(useCpu);

describe('chapter 1 claims', () => {
  // lm-trainer caption: "watch the training loss and the held-out perplexity fall as the updates come in".
  it('the trainer at its defaults (from scratch): training loss and held-out loss fall within the first 25 updates (reduced from a live run)', async () => {
    const corpus = await loadCharCorpus();
    const d = lmTrainerSchema;
    const s = new CharLmSession(corpus, { cell: d.cell.default, seed: d.seed.default, batch: d.batch.default });
    const heldOutBefore = s.heldOutLoss();
    const losses: number[] = [];
    for (let k = 0; k < 25; k++) losses.push(s.trainStep().loss);
    const heldOutAfter = s.heldOutLoss();
    s.dispose();
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(losses.slice(-5))).toBeLessThan(mean(losses.slice(0, 5)) - 0.2);
    expect(heldOutAfter).toBeLessThan(heldOutBefore - 0.2);
  }, 240_000);
});
