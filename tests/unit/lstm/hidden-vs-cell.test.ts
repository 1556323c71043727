import { describe, expect, it } from 'vitest';
import { describeHiding, hidingOf, rankHiding } from '../../../src/widgets/hidden-vs-cell/compute';
import type { TextTrace } from '../../../src/widgets/lstm-shared/char-text';
import { hiddenVsCellText } from '../../../src/widgets/hidden-vs-cell/text';

/** Two units over three steps: unit 0 holds c = 2 behind a closed output gate, unit 1 shows all. */
function trace(): TextTrace {
  const T = 3, H = 2;
  const c = Float32Array.from([2, 0.5, 2, 0.5, 2, 0.5]);
  const o = Float32Array.from([0.05, 1, 0.05, 1, 0.05, 1]);
  const h = c.map((v, k) => o[k] * Math.tanh(v));
  const zero = new Float32Array(T * H);
  return { labels: ['a', 'b', 'c'], ids: [3, 4, 5], T, H, f: zero, i: zero, cand: zero, o, c, h, c0: new Float32Array(H), h0: new Float32Array(H), notes: [] };
}

describe('hidden vs cell', () => {
  it('rankHiding puts first the unit whose output gate keeps its cell back', () => {
    const ranked = rankHiding(trace(), 2);
    expect(ranked[0].unit).toBe(0);
    expect(ranked[0].hidden).toBeCloseTo(0.95 * Math.tanh(2), 5);
    expect(ranked[1].hidden).toBeCloseTo(0, 6);
  });

  it('describeHiding says the cell carries what h does not show, from the numbers', () => {
    const lines = describeHiding(hidingOf(trace(), 0), trace(), hiddenVsCellText.en);
    expect(lines[0]).toMatch(/\|c\| averages 2\.00 but \|h\| only 0\.05; its output gate averages 0\.05/);
    expect(lines.join(' ')).toMatch(/does not show/);
    const ko = describeHiding(hidingOf(trace(), 0), trace(), hiddenVsCellText.ko);
    expect(ko[0]).toMatch(/\|c\|의 평균은 2\.00이지만 \|h\|의 평균은 0\.05/);
    expect(ko.join(' ')).toMatch(/보여 주지 않는 정보/);
  });

});
