/** Generation's sampler: temperature → 0 is argmax; the worker's distribution at τ sums to 1. */
import { describe, expect, it } from 'vitest';
import { sampleFromLogits } from '../../../src/core/sample';
import { createRng } from '../../../src/core/random';
import { softmax } from '../../../src/core/lm-stepper';

describe('sampleFromLogits', () => {
  it('at temperature → 0 always picks the argmax', () => {
    const rng = createRng(3);
    const logits = [0.1, 2.5, 2.4, -1];
    for (const t of [0, 1e-6, 1e-4]) for (let k = 0; k < 50; k++) expect(sampleFromLogits(logits, t, rng.next)).toBe(1);
  });
  it('at temperature 1 follows softmax(z) in frequency', () => {
    const rng = createRng(5);
    const logits = [0, Math.log(3)];
    let ones = 0;
    for (let k = 0; k < 4000; k++) ones += sampleFromLogits(logits, 1, rng.next);
    expect(ones / 4000).toBeCloseTo(softmax(logits)[1], 1);
  });
});
