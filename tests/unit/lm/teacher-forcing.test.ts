/**
 * Teacher forcing versus free running: which input each mode feeds, the injected
 * mistake, and the losses, held to the fast path's per-step losses (an independent
 * forward pass) for teacher forcing.
 */
import { describe, expect, it } from 'vitest';
import { runSequenceFast } from '../../../src/core/fast';
import { firstDeparture, meanLoss, runFreeRunning, runTeacherForced } from '../../../src/core/teacher-forcing';
import { expectClose, smallModel } from '../fast/fixtures';
import { compare, matchesAfterDeparture, recoveryStep } from '../../../src/widgets/teacher-forcing/compute';
import { comparisonSentence } from '../../../src/widgets/teacher-forcing/summary';
import { teacherForcingText } from '../../../src/widgets/teacher-forcing/text';

for (const cell of ['rnn', 'lstm'] as const) {
  describe(`${cell}: teacher forcing and free running`, () => {
    const T = 10;
    const { params, tokens: ids } = smallModel(cell, { T, V: 7, H: 6, seed: 21 });

    it('teacher forcing feeds the true text and its J(t) are the fast path\'s step losses', () => {
      const tf = runTeacherForced(params, cell, ids);
      expect(tf.inputs).toEqual(ids.slice(0, T));
      const ref = runSequenceFast(params, { cell, activation: 'tanh' }, ids, { truncation: 0, clip: 0 }, { precision: 'float64' }).analysis.stepLosses;
      for (let t = 0; t < T; t++) expectClose(tf.losses[t], ref[t], 1e-5, 1e-5, `J(${t})`);
      expect(firstDeparture(tf, ids)).toBe(-1);
      expectClose(meanLoss(tf.losses), ref.reduce((a, b) => a + b, 0) / T, 1e-5, 1e-5, 'mean');
    });

    it('free running feeds the true tokens before `given`, then its own previous argmax', () => {
      const given = 4;
      const fr = runFreeRunning(params, cell, ids, given);
      expect(fr.inputs.slice(0, given)).toEqual(ids.slice(0, given));
      for (let t = given; t < T; t++) expect(fr.inputs[t]).toBe(fr.predictions[t - 1]);
      const dep = firstDeparture(fr, ids);
      expect(dep === -1 || dep >= given).toBe(true);
      // Until it departs, free running is teacher forcing: same states, same losses.
      const tf = runTeacherForced(params, cell, ids);
      const until = dep === -1 ? T : dep;
      for (let t = 0; t < until; t++) expect(fr.losses[t]).toBe(tf.losses[t]);
      // Every loss is charged to the true next token, whatever was fed.
      expect(fr.losses.length).toBe(T);
    });

    it('given everything, free running is teacher forcing; given nothing, it still reads the start token', () => {
      const tf = runTeacherForced(params, cell, ids);
      expect(runFreeRunning(params, cell, ids, T)).toEqual(tf);
      expect(runFreeRunning(params, cell, ids, 0).inputs[0]).toBe(ids[0]);
    });

    it('an injected mistake replaces one input: teacher forcing returns to the text, free running does not have to', () => {
      const s = 3, token = (ids[s] + 1) % 7;
      const tf = runTeacherForced(params, cell, ids, { step: s, token });
      const clean = runTeacherForced(params, cell, ids);
      expect(tf.inputs.map((x, t) => (x === ids[t] ? '.' : 'x')).join('')).toBe('...x......');
      for (let t = 0; t < s; t++) expect(tf.losses[t]).toBe(clean.losses[t]);
      expect(tf.losses[s]).not.toBe(clean.losses[s]);
      const fr = runFreeRunning(params, cell, ids, s, { step: s, token });
      expect(fr.inputs[s]).toBe(token);
      expect(firstDeparture(fr, ids)).toBe(s);
      for (let t = s + 1; t < T; t++) expect(fr.inputs[t]).toBe(fr.predictions[t - 1]);
    });
  });
}

describe('edge cases', () => {
  it('a text of one token has no steps; meanLoss of nothing is NaN', () => {
    const { params } = smallModel('rnn', { V: 7 });
    expect(runTeacherForced(params, 'rnn', [0]).losses.length).toBe(0);
    expect(meanLoss([])).toBeNaN();
  });
});

describe('the widget\'s reading of the runs', () => {
  const T = 12;
  const { params, tokens: ids } = smallModel('lstm', { T, V: 7, H: 6, seed: 8 });

  it('recoveryStep: from there on the mistaken teacher-forced loss stays within 0.1 of the clean one', () => {
    const clean = runTeacherForced(params, 'lstm', ids);
    const c = compare(params, 'lstm', ids, clean, 3, { step: 3, token: (ids[3] + 2) % 7 });
    const r = recoveryStep(c);
    if (r >= 0) for (let t = r; t < T; t++) expect(Math.abs(c.forced.losses[t] - c.clean.losses[t])).toBeLessThan(0.1);
    expect(recoveryStep(compare(params, 'lstm', ids, clean, 3, null))).toBe(-1);
    const m = matchesAfterDeparture(c);
    expect(m.departure).toBe(3);
    expect(m.count).toBe(T - 4);
  });

  it('the sentence reports both means to two decimals', () => {
    const clean = runTeacherForced(params, 'lstm', ids);
    const c = compare(params, 'lstm', ids, clean, 2, null);
    const text = comparisonSentence(c);
    expect(text).toContain(`With teacher forcing the mean loss is ${meanLoss(clean.losses).toFixed(2)}.`);
    expect(text).toContain(meanLoss(c.free.losses).toFixed(2));
    const ko = comparisonSentence(c, teacherForcingText.ko);
    expect(ko).toContain(`티처 포싱의 평균 손실은 ${meanLoss(clean.losses).toFixed(2)}입니다.`);
    expect(ko).toContain(meanLoss(c.free.losses).toFixed(2));
  });
});
