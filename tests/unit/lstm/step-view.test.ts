import { describe, expect, it } from 'vitest';
import { initLanguageModel } from '../../../src/core/params';
import { runSequenceFast } from '../../../src/core/fast';
import { END, START, VOCAB_SIZE, encodeText } from '../../../src/data/char-vocab';
import { defaults } from '../../../src/state/url-params';
import { traceText } from '../../../src/widgets/lstm-shared/char-text';
import { computeStepView, describeStep } from '../../../src/widgets/lstm-step/compute';
import { stepTex } from '../../../src/widgets/lstm-step/step-tex';
import { lstmStepSchema } from '../../../src/widgets/lstm-step/schema';
import { lstmStepText } from '../../../src/widgets/lstm-step/text';
import { lstmSharedText } from '../../../src/widgets/lstm-shared/text';

const en = lstmStepText.en;
const ko = lstmStepText.ko;

const H = 5;
const params = initLanguageModel({ cell: 'lstm', vocab: VOCAB_SIZE, embed: 4, hidden: H }, { radius: 1, forgetBias: 1 }, 3);
const text = 'a "b" (c) d.';

describe('the gate values shown', () => {
  it('traceText(params, text) shows the fast path’s gates for each character (the ‹start› step dropped)', () => {
    const trace = traceText(params, text, 400);
    const ids = encodeText(text).ids;
    const { analysis } = runSequenceFast(params, { cell: 'lstm', activation: 'tanh' }, [START, ...ids, END], { truncation: 0, clip: 0 });
    expect(trace.T).toBe(ids.length);
    expect(trace.labels[1]).toBe('␣');
    for (let k = 0; k < trace.T * H; k++) {
      expect(trace.f[k]).toBe(analysis.lstm!.forget[H + k]);
      expect(trace.o[k]).toBe(analysis.lstm!.output[H + k]);
      expect(trace.c[k]).toBe(analysis.lstm!.cellStates[H + k]);
      expect(trace.h[k]).toBe(analysis.hiddenStates[H + k]);
    }
  });

  it('traceText cuts over-long text with a note and reports unknown characters', () => {
    const trace = traceText(params, 'naïve 🐳 ' + 'x'.repeat(50), 20);
    expect(trace.T).toBe(20);
    const notes = (m: typeof lstmSharedText.en) => trace.notes.map(m.note).join(' ');
    expect(notes(lstmSharedText.en)).toMatch(/first 20 characters/);
    expect(notes(lstmSharedText.en)).toMatch(/unknown symbol/);
    expect(notes(lstmSharedText.ko)).toMatch(/앞의 20자만.*알 수 없는 기호/s);
  });

  it('computeStepView shows the model’s own step when nothing is forced', () => {
    const s = { ...defaults(lstmStepSchema), text, t: 4, unit: 2 };
    const v = computeStepView(params, s)!;
    const trace = traceText(params, text, 80);
    for (let r = 0; r < H; r++) {
      expect(v.step.gates.f[r]).toBeCloseTo(trace.f[4 * H + r], 5);
      expect(v.step.c[r]).toBeCloseTo(trace.c[4 * H + r], 5);
      expect(v.step.h[r]).toBeCloseTo(trace.h[4 * H + r], 5);
    }
    expect(describeStep(v, en)[0]).toMatch(/No gate is forced/);
    expect(describeStep(v, ko)[0]).toMatch(/강제한 게이트가 없습니다/);
    expect(stepTex(v, en)).toContain(v.step.gates.f[2].toFixed(3));
  });

  it('computeStepView with forget = 0, output = 0 forced: c = i ∘ c̃ and h = 0, as the equations say', () => {
    const s = { ...defaults(lstmStepSchema), text, t: 6, unit: 1, forceF: true, f: 0, forceO: true, o: 0 };
    const v = computeStepView(params, s)!;
    for (let r = 0; r < H; r++) {
      expect(v.step.c[r]).toBeCloseTo(v.step.gates.i[r] * v.step.gates.c[r], 12);
      expect(Math.abs(v.step.h[r])).toBe(0);
    }
    expect(describeStep(v, en).join(' ')).toMatch(/erased.*all zeros/s);
    expect(stepTex(v, en)).toMatch(/forced/);
    // The Korean sentences quote the same numbers.
    const digits = (lines: string[]) => lines.join(' ').match(/\d+\.\d+/g);
    expect(digits(describeStep(v, ko))).toEqual(digits(describeStep(v, en)));
    expect(stepTex(v, ko)).toMatch(/강제/);
  });

  it('computeStepView clamps the step to the text and returns null for empty text', () => {
    expect(computeStepView(params, { ...defaults(lstmStepSchema), text: 'ab', t: 50 })!.t).toBe(1);
    expect(computeStepView(params, { ...defaults(lstmStepSchema), text: '' })).toBeNull();
  });
});
