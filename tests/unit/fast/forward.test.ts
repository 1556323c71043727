import { describe, expect, it } from 'vitest';
import { analyzeSequenceFast, runSequenceFast } from '../../../src/core/fast';
import { cloneParams } from '../../../src/core/params';
import { CONFIGS, expectClose, smallModel } from './fixtures';
import { referenceForward, toRef } from './reference';

const off = { truncation: 0, clip: 0 };

describe('analyzeSequenceFast forward', () => {
  for (const cfg of CONFIGS) {
    const label = cfg.cell === 'rnn' ? `rnn/${cfg.activation}` : 'lstm';
    it(`${label}: losses, states and gates match the float64 reference`, () => {
      const { params, tokens } = smallModel(cfg.cell);
      const ref = referenceForward(toRef(params), cfg, tokens);
      for (const precision of ['float64', 'float32'] as const) {
        const [abs, rel] = precision === 'float64' ? [1e-12, 1e-12] : [2e-6, 2e-6];
        const a = runSequenceFast(params, cfg, tokens, off, { precision }).analysis;
        expect(a.length).toBe(tokens.length - 1);
        expect(a.hidden).toBe(5);
        expectClose(a.loss, ref.loss, abs, rel, `${precision} loss`);
        expectClose(a.perplexity, Math.exp(ref.loss), abs, rel, `${precision} perplexity`);
        ref.stepLosses.forEach((l, t) => expectClose(a.stepLosses[t], l, 1e-6, 1e-6, `J(${t})`));
        ref.h.forEach((h, t) => h.forEach((v, j) => expectClose(a.hiddenStates[t * 5 + j], v, 1e-6, 0, `h(${t})[${j}]`)));
        if (cfg.cell === 'lstm') {
          const l = a.lstm!;
          for (const [name, arr, refs] of [
            ['c', l.cellStates, ref.c], ['f', l.forget, ref.f], ['i', l.input, ref.i],
            ['o', l.output, ref.o], ['c̃', l.candidate, ref.cand],
          ] as const) {
            refs.forEach((row, t) => row.forEach((v, j) => expectClose(arr[t * 5 + j], v, 1e-6, 0, `${name}(${t})[${j}]`)));
          }
        } else {
          expect(a.lstm).toBeUndefined();
        }
      }
    });
  }

  it('every output array has its documented length', () => {
    const { params, tokens } = smallModel('lstm', { T: 6, H: 4 });
    const a = analyzeSequenceFast(params, { cell: 'lstm', activation: 'tanh' }, tokens, off);
    for (const arr of [a.stepLosses, a.gradNorms, a.gradFromLast, a.lstm!.cellGradNorms]) expect(arr.length).toBe(6);
    for (const arr of [a.hiddenStates, a.lstm!.cellStates, a.lstm!.forget, a.lstm!.input, a.lstm!.output, a.lstm!.candidate]) {
      expect(arr).toBeInstanceOf(Float32Array);
      expect(arr.length).toBe(6 * 4);
    }
  });

  it('is deterministic and leaves the parameters untouched', () => {
    for (const cfg of CONFIGS) {
      const { params, tokens } = smallModel(cfg.cell);
      const before = cloneParams(params);
      const opts = { truncation: 3, clip: 0.5 };
      const a = runSequenceFast(params, cfg, tokens, opts, { perStepContributions: true });
      const b = runSequenceFast(params, cfg, tokens, opts, { perStepContributions: true });
      expect(b).toEqual(a);
      expect(params).toEqual(before);
    }
  });

  it('a single step (T = 1) works', () => {
    const { params } = smallModel('rnn');
    const a = analyzeSequenceFast(params, { cell: 'rnn', activation: 'tanh' }, [1, 2], off);
    expect(a.length).toBe(1);
    expect(a.gradFromLast[0]).toBeGreaterThan(0);
    expect(a.gradNorms[0]).toBeCloseTo(a.gradFromLast[0], 6); // T = 1: J = J(T)
  });
});
