import { describe, expect, it } from 'vitest';
import { initLanguageModel } from '../../../src/core/params';
import { runSequenceFast } from '../../../src/core/fast';
import { embedToken, lstmStep, stateAt } from '../../../src/core/lstm-step';

const H = 6;
const params = initLanguageModel({ cell: 'lstm', vocab: 10, embed: 4, hidden: H }, { radius: 1.1, forgetBias: 1 }, 7);
const tokens = [0, 3, 5, 9, 1, 2, 2, 8, 4];
const run = runSequenceFast(params, { cell: 'lstm', activation: 'tanh' }, tokens, { truncation: 0, clip: 0 }).analysis;
const lstm = run.lstm!;

const stepAt = (t: number, overrides = {}) =>
  lstmStep(params, stateAt(run.hiddenStates, t - 1, H), stateAt(lstm.cellStates, t - 1, H), embedToken(params, tokens[t]), overrides);

describe('lstmStep', () => {
  it('lstmStep(params, h(t−1), c(t−1), e(t)) equals the fast path at every step', () => {
    for (let t = 0; t < run.length; t++) {
      const s = stepAt(t);
      const row = (a: Float32Array) => Array.from(stateAt(a, t, H));
      const near = (got: Float64Array, want: number[]) => got.forEach((v, r) => expect(v).toBeCloseTo(want[r], 5));
      near(s.gates.f, row(lstm.forget));
      near(s.gates.i, row(lstm.input));
      near(s.gates.o, row(lstm.output));
      near(s.gates.c, row(lstm.candidate));
      near(s.c, row(lstm.cellStates));
      near(s.h, row(run.hiddenStates));
    }
  });

  it('forget = 0 erases: c(t) = i ∘ c̃', () => {
    const s = stepAt(4, { f: 0 });
    s.c.forEach((v, r) => expect(v).toBeCloseTo(s.gates.i[r] * s.gates.c[r], 12));
    expect(Array.from(s.gates.f)).toEqual(new Array(H).fill(0));
  });

  it('forget = 1, input = 0 keeps c(t−1) exactly', () => {
    const cPrev = stateAt(lstm.cellStates, 3, H);
    const s = stepAt(4, { f: 1, i: 0 });
    s.c.forEach((v, r) => expect(v).toBeCloseTo(cPrev[r], 6));
  });

  it('input = 1 with forget = 0 writes the candidate: c(t) = c̃', () => {
    const s = stepAt(5, { f: 0, i: 1 });
    s.c.forEach((v, r) => expect(v).toBeCloseTo(s.model.c[r], 12));
  });

  it('output = 0 hides: h(t) = 0 while c(t) is unchanged', () => {
    const free = stepAt(6);
    const hidden = stepAt(6, { o: 0 });
    expect(Array.from(hidden.h).every((v) => v === 0)).toBe(true);
    expect(Array.from(hidden.c)).toEqual(Array.from(free.c));
  });

  it('a per-unit override forces only the units given and keeps the model values for reference', () => {
    const free = stepAt(2);
    const forcedF = Array.from(free.model.f, (v, r) => (r === 1 ? 0 : v));
    const s = stepAt(2, { f: forcedF });
    expect(s.gates.f[1]).toBe(0);
    expect(s.model.f[1]).toBeCloseTo(free.model.f[1], 12);
    s.c.forEach((v, r) => (r === 1 ? expect(v).toBeCloseTo(s.gates.i[1] * s.gates.c[1], 12) : expect(v).toBeCloseTo(free.c[r], 12)));
  });

  it('rejects wrong sizes and tokens outside the vocabulary', () => {
    expect(() => embedToken(params, 10)).toThrow(/outside the vocabulary/);
    expect(() => lstmStep(params, [0], [0], [0, 0, 0, 0])).toThrow(/length 6/);
  });
});
