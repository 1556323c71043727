/** Perplexity is exp of the mean cross-entropy, and the stepper agrees with the tfjs model. */
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend, RecurrentModel, analyzeSequence, nextTokenPairs } from '../../../src/core/tfjs-model';
import { LmStepper, crossEntropyOfLogits, softmax, stepperCrossEntropy } from '../../../src/core/lm-stepper';
import { toPerplexity } from '../../../src/core/experiments/char-lm-measure';
import { charLmSpec } from '../../../src/core/experiments/char-lm';
import { initModelParams } from '../../../src/core/spec';
import { parseParagraphs } from '../../../src/data/char-corpus';

beforeAll(async () => {
  await initBackend('cpu');
});

const paragraph = parseParagraphs('there she blows! there she blows!')[0];

describe('perplexity', () => {
  it('toPerplexity = exp(mean cross-entropy), bits = mean / ln 2', () => {
    const r = toPerplexity(3 * Math.log(4), 3);
    expect(r.perplexity).toBeCloseTo(4, 12);
    expect(r.bitsPerChar).toBeCloseTo(2, 12);
  });
  it.each(['rnn', 'lstm'] as const)('%s: the stepper gives the tfjs model\'s per-step losses, and perplexity = exp(mean J(t))', (cell) => {
    const spec = charLmSpec(cell);
    const params = initModelParams(spec, { radius: 1, forgetBias: 1 }, 7);
    const model = new RecurrentModel(spec, params);
    const a = analyzeSequence(model, nextTokenPairs(paragraph), { truncation: 0, clip: 0 });
    model.dispose();
    const stepper = new LmStepper(params, cell);
    const losses = Array.from(paragraph.slice(0, -1), (id, t) => crossEntropyOfLogits(stepper.feed(id).logits, paragraph[t + 1]));
    losses.forEach((l, t) => expect(l).toBeCloseTo(a.stepLosses[t], 4));
    const { total, count } = stepperCrossEntropy(new LmStepper(params, cell), [paragraph]);
    expect(count).toBe(paragraph.length - 1);
    expect(toPerplexity(total, count).perplexity).toBeCloseTo(a.perplexity, 3);
  });
  it('softmax sums to 1 and sharpens as the temperature falls', () => {
    const z = [1, 2, 3];
    expect(softmax(z).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(softmax(z, 0.1)[2]).toBeGreaterThan(softmax(z, 1)[2]);
  });
});
