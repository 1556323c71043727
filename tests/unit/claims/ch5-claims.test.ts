/**
 * Chapter 5's sentences about what the bidirectional widgets show, checked on the
 * models the widgets build from their defaults (specs from the same job functions).
 * These are properties of the architecture, so untrained models suffice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useCpu, makeModel } from '../core/helpers';
import { defaults } from '../../../src/state/url-params';
import { readSentence } from '../../../src/core/read-model';
import { prefixOnlyLoss } from '../../../src/core/leaky-lm';
import { evaluateExamples } from '../../../src/core/word-models';
import { nextWordSplit } from '../../../src/data/next-word';
import { bidirectionalSentimentSchema } from '../../../src/widgets/bidirectional-sentiment/schema';
import { bidirectionalFresh, readSentimentSentence } from '../../../src/widgets/bidirectional-sentiment/job';
import { lmLeakSchema } from '../../../src/widgets/bidirectional-lm-leak/schema';
import { lmLeakFresh } from '../../../src/widgets/bidirectional-lm-leak/job';

beforeAll(useCpu);

const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((m, v, k) => Math.max(m, Math.abs(v - b[k])), 0);

describe('chapter 5, "terribly" before "exciting"', () => {
  it('in the widget\'s models (defaults), the forward state at "terribly" is the same whatever follows it; the bidirectional state there changes with the next word', () => {
    const d = defaults(bidirectionalSentimentSchema);
    expect(d.text).toBe('the movie was terribly exciting !');
    const job = bidirectionalFresh(d);
    const at = readSentimentSentence(d.text).tokens.indexOf('terribly');
    expect(at).toBe(3);
    const H = d.hidden;
    const row = (v: Float32Array) => v.subarray(at * H, (at + 1) * H);
    for (const { key, spec } of job.models) {
      const model = makeModel(spec, d.seed);
      const a = readSentence(model, readSentimentSentence(d.text).ids).states[0];
      const b = readSentence(model, readSentimentSentence('the movie was terribly dull !').ids).states[0];
      expect(maxDiff(row(a[0]), row(b[0]))).toBe(0);
      if (key === 'bidirectional') expect(maxDiff(row(a[1]), row(b[1]))).toBeGreaterThan(1e-4);
      else expect(a).toHaveLength(1);
      model.dispose();
    }
  });
});

describe('chapter 5, the leak', () => {
  it('in the LM-leak widget\'s models (defaults), the forward model\'s loss with the sentence visible equals its prefix-only loss; the bidirectional model\'s two losses differ', () => {
    const d = defaults(lmLeakSchema);
    const test = nextWordSplit(d.seed).test.slice(0, 40);
    for (const { key, spec } of lmLeakFresh(d).models) {
      const model = makeModel(spec, d.seed);
      const visible = evaluateExamples(model, test, 'tags').loss;
      const prefix = prefixOnlyLoss(model, test);
      if (key === 'forward') expect(prefix).toBeCloseTo(visible, 4);
      else expect(Math.abs(prefix - visible)).toBeGreaterThan(1e-4); // float error here is ~1e-6
      model.dispose();
    }
  });
});
