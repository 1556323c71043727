import { describe, expect, it } from 'vitest';
import { pearson, rankUnits, textFeatures } from '../../../src/core/unit-features';

const chars = (s: string) => Array.from(s);

describe('textFeatures', () => {
  it('textFeatures marks quotes and parentheses including their delimiters', () => {
    const f = textFeatures(chars('a "bc" (d(e)) f'));
    expect(Array.from(f.quote)).toEqual([0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(f.paren)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0]);
  });

  it('textFeatures counts positions in words and sentences', () => {
    const f = textFeatures(chars("it's. ok"));
    expect(Array.from(f.wordPos)).toEqual([1, 2, 3, 4, 0, 0, 1, 2]);
    expect(Array.from(f.sentencePos)).toEqual([1, 2, 3, 4, 0, 1, 2, 3]);
    expect(Array.from(f.afterSpace)).toEqual([0, 0, 0, 0, 0, 0, 1, 0]);
    expect(Array.from(f.vowel)).toEqual([1, 0, 0, 0, 0, 0, 1, 0]);
  });
});

describe('rankUnits', () => {
  it('pearson(x, y) is ±1 for linear relations and NaN for a constant', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
  });

  it('rankUnits finds the unit that follows the feature, strongest |r| first', () => {
    const feature = Float64Array.from([0, 1, 1, 0, 0, 1]);
    const T = 6, H = 3;
    const values = new Float32Array(T * H);
    for (let t = 0; t < T; t++) {
      values[t * H + 0] = Math.sin(t * 1.7);
      values[t * H + 1] = -2 * feature[t] + 0.5; // anti-correlated, exactly
      values[t * H + 2] = 0.3; // constant: no score
    }
    const ranked = rankUnits(values, T, H, feature, 5);
    expect(ranked.map((s) => s.unit)).toEqual([1, 0]);
    expect(ranked[0].r).toBeCloseTo(-1, 6);
  });
});
