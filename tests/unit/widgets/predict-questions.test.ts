import { describe, it, expect } from 'vitest';
import { QUESTIONS, findQuestion } from '../../../src/widgets/predict/questions';
import type { FoundState, Judgement, PredictQuestion } from '../../../src/widgets/predict/types';
import { emptyWordRun, type ModelRun } from '../../../src/widgets/word-shared/run-state';

const state = (settings: Record<string, unknown>, results: unknown) => ({ settings, results }) as unknown as FoundState;
const q = (id: string) => findQuestion(id) as PredictQuestion;
const answers = (j: Judgement) => (j.kind === 'answer' ? j.answers : j.kind);
const ppl = (perplexity: number) => ({ perplexity, bitsPerChar: Math.log2(perplexity), count: 3000 });
const run = (accuracy: number, point: { loss: number; prefix: number } = { loss: 1, prefix: 1 }): ModelRun =>
  ({ step: 60, loss: 1, accuracy, testLoss: 1, focusAccuracy: NaN, curve: [{ step: 60, accuracy, loss: point.loss, focus: NaN, prefix: point.prefix }] });

describe('prediction prompts', () => {
  it('every prompt has a unique id, two or more options, and words in both languages', () => {
    expect(new Set(QUESTIONS.map((x) => x.id)).size).toBe(QUESTIONS.length);
    for (const x of QUESTIONS) {
      expect(x.options.length).toBeGreaterThanOrEqual(2);
      expect(x.question.ko).toMatch(/[가-힣]/);
      for (const text of [x.question, ...x.options.map((o) => o.label)]) {
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.ko.length).toBeGreaterThan(0);
      }
    }
  });

  it('perplexity: the answer is whichever model measured lowest, not a fixed ranking', () => {
    const judge = (n: number, r: number, l: number) =>
      q('ch1-perplexity-ranking').judge(state({ order: 5 }, { measured: { ngram: ppl(n), rnn: ppl(r), lstm: ppl(l) }, meta: {}, status: { kind: 'measured' }, error: null }), 'en');
    expect(answers(judge(4, 5, 3))).toEqual(['lstm']);
    expect(answers(judge(3, 5, 4))).toEqual(['ngram']);
    expect(answers(judge(5, 3, 4))).toEqual(['rnn']);
    const j = judge(4.25, 5.5, 3.125);
    expect(j.kind === 'answer' && j.why).toContain('5-gram 4.25, simple RNN 5.5, LSTM 3.125');
    const waiting = q('ch1-perplexity-ranking').judge(state({ order: 5 }, { measured: { ngram: ppl(4) }, meta: {}, status: { kind: 'waiting' }, error: null }), 'ko');
    expect(waiting).toEqual({ kind: 'waiting', note: expect.stringContaining('3개 중 1개') });
  });

  it('gradient: asks for ρ = 1.1 and T = 100, then reads step 1 against step 100', () => {
    const x = q('ch3-gradient-rho-1.1');
    const settings = { cell: 'rnn', activation: 'identity', rho: 1.1, length: 100, truncation: 0, clip: false, threshold: 1, seed: 1 };
    expect(x.judge(state({ ...settings, rho: 0.9 }, { measured: null }), 'en').kind).toBe('elsewhere');
    expect(x.judge(state(settings, { measured: null }), 'en').kind).toBe('waiting');
    const grow = Float32Array.from({ length: 100 }, (_, t) => 1.1 ** (99 - t));
    expect(answers(x.judge(state(settings, { measured: { settings, gradFromLast: grow, radius: 1.1 } }), 'en'))).toEqual(['larger']);
    const shrink = Float32Array.from({ length: 100 }, (_, t) => 0.9 ** (99 - t));
    expect(answers(x.judge(state(settings, { measured: { settings, gradFromLast: shrink, radius: 1.1 } }), 'en'))).toEqual(['smaller']);
  });

  it('forget gate: zero kept and something written is "new"; nothing written is "zero"', () => {
    const x = q('ch4-forget-gate-zero');
    const m = { forcedF: 0, step: 16, char: 'e', cPrev: 2, kept: 0, written: 0.7, c: 0.7, cFree: 2.1, offWritten: 0 };
    expect(x.judge(state({ forceF: false, f: 0 }, { measured: m }), 'en').kind).toBe('elsewhere');
    expect(answers(x.judge(state({ forceF: true, f: 0 }, { measured: m }), 'en'))).toEqual(['new']);
    expect(answers(x.judge(state({ forceF: true, f: 0 }, { measured: { ...m, written: 0, c: 0 } }), 'en'))).toEqual(['zero']);
  });

  it('pooling and bidirectional: wait for training, then read the measured runs', () => {
    const pool = q('ch2-pooling-accuracy');
    expect(pool.judge(state({}, emptyWordRun()), 'en').kind).toBe('waiting');
    expect(pool.idle?.(state({}, emptyWordRun()))).toBe(true);
    const finished = { ...emptyWordRun(), status: 'finished', runs: { final: run(0.7), mean: run(0.9), max: run(0.85) } };
    expect(answers(pool.judge(state({}, finished), 'en'))).toEqual(['mean']);
    const bi = q('ch5-bidirectional-generate');
    const leak = { ...emptyWordRun(), status: 'finished', runs: { forward: run(0, { loss: 1.5, prefix: 1.5 }), bidirectional: run(0, { loss: 0.2, prefix: 2.4 }) } };
    expect(answers(bi.judge(state({}, leak), 'en'))).toEqual(['no']);
    const noLeak = { ...leak, runs: { ...leak.runs, bidirectional: run(0, { loss: 1.4, prefix: 1.45 }) } };
    expect(answers(bi.judge(state({}, noLeak), 'en'))).toEqual(['yes']);
  });
});
