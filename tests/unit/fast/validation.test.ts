/** Bad input throws with a clear message; NaN/Inf produced by the computation do not. */
import { describe, expect, it } from 'vitest';
import { analyzeSequenceFast, runSequenceFast } from '../../../src/core/fast';
import { cloneParams } from '../../../src/core/params';
import { CONFIGS, smallModel } from './fixtures';

const rnn = { cell: 'rnn' as const, activation: 'tanh' as const };
const off = { truncation: 0, clip: 0 };

describe('analyzeSequenceFast input validation', () => {
  const { params, tokens } = smallModel('rnn');

  it('empty sequence', () => {
    expect(() => analyzeSequenceFast(params, rnn, [], off)).toThrow(/empty sequence/);
    expect(() => analyzeSequenceFast(params, rnn, [3], off)).toThrow(/empty sequence/);
  });

  it('token out of range, negative or not an integer', () => {
    expect(() => analyzeSequenceFast(params, rnn, [0, 7], off)).toThrow(/token 7 at position 1 is out of range \(vocabulary size 7\)/);
    expect(() => analyzeSequenceFast(params, rnn, [-1, 2], off)).toThrow(/out of range/);
    expect(() => analyzeSequenceFast(params, rnn, [1.5, 2], off)).toThrow(/out of range/);
    expect(() => analyzeSequenceFast(params, rnn, [NaN, 2], off)).toThrow(/out of range/);
  });

  it('NaN or Inf in a parameter', () => {
    for (const [name, bad] of [['W_h', NaN], ['b_2', Infinity], ['E', -Infinity]] as const) {
      const p = cloneParams(params);
      p[name].data[1] = bad;
      expect(() => analyzeSequenceFast(p, rnn, tokens, off)).toThrow(new RegExp(`parameter "${name}" has a non-finite entry`));
    }
    const { params: lp, tokens: lt } = smallModel('lstm');
    lp['U_o'].data[0] = NaN;
    expect(() => analyzeSequenceFast(lp, { cell: 'lstm', activation: 'tanh' }, lt, off)).toThrow(/"U_o" has a non-finite entry/);
  });

  it('missing or mis-shaped parameters', () => {
    const p = cloneParams(params);
    delete p['b_1'];
    expect(() => analyzeSequenceFast(p, rnn, tokens, off)).toThrow(/"b_1" is missing/);
    const q = cloneParams(params);
    q['U'] = { shape: [5, 7], data: new Float32Array(35) };
    expect(() => analyzeSequenceFast(q, rnn, tokens, off)).toThrow(/"U" has shape \[5, 7\], expected \[7, 5\]/);
    expect(() => analyzeSequenceFast(params, { cell: 'lstm', activation: 'tanh' }, tokens, off)).toThrow(/"W_f"/);
  });

  it('bad options or config', () => {
    expect(() => analyzeSequenceFast(params, rnn, tokens, { truncation: -1, clip: 0 })).toThrow(/truncation/);
    expect(() => analyzeSequenceFast(params, rnn, tokens, { truncation: 2.5, clip: 0 })).toThrow(/truncation/);
    expect(() => analyzeSequenceFast(params, rnn, tokens, { truncation: 0, clip: NaN })).toThrow(/clip/);
    expect(() => analyzeSequenceFast(params, rnn, tokens, { truncation: 0, clip: -1 })).toThrow(/clip/);
    expect(() => analyzeSequenceFast(params, { cell: 'gru' as 'rnn', activation: 'tanh' }, tokens, off)).toThrow(/unknown cell/);
    expect(() => analyzeSequenceFast(params, { cell: 'rnn', activation: 'gelu' as 'tanh' }, tokens, off)).toThrow(/unknown activation/);
  });

  it('extra parameters (other layers) are ignored', () => {
    const p = { ...cloneParams(params), 'W_h@1': { shape: [2, 2] as [number, number], data: new Float32Array([NaN, 0, 0, 0]) } };
    expect(analyzeSequenceFast(p, rnn, tokens, off).loss).toBe(analyzeSequenceFast(params, rnn, tokens, off).loss);
  });
});

describe('overflow inside the computation is reported, not thrown', () => {
  for (const cfg of CONFIGS) {
    it(`${cfg.cell}/${cfg.activation}: huge weights do not throw`, () => {
      const { params, tokens } = smallModel(cfg.cell, { T: 30 });
      const p = cloneParams(params);
      for (const name of ['W_h', 'W_f', 'W_i', 'W_o', 'W_c', 'E', 'U']) {
        if (p[name]) for (let k = 0; k < p[name].data.length; k++) p[name].data[k] *= 3e37;
      }
      const a = runSequenceFast(p, cfg, tokens, { truncation: 0, clip: 1 }).analysis;
      expect(a.gradNorms.length).toBe(30);
      if (!Number.isFinite(a.paramGradNorm)) expect(a.clippedGradNorm).toBeNaN();
    });
  }

  for (const activation of ['identity', 'relu'] as const) {
    it(`rnn/${activation}: an exploding linear regime (W_h = 50·Q, T = 30) ends in NaN/Infinity, not an exception`, () => {
      const { params, tokens } = smallModel('rnn', { T: 30, radius: 50 });
      const run = runSequenceFast(params, { cell: 'rnn', activation }, tokens, { truncation: 0, clip: 1 });
      const a = run.analysis;
      expect(a.hiddenStates.some((x) => !Number.isFinite(x))).toBe(true);
      expect(Number.isFinite(a.loss)).toBe(false);
      expect(Number.isFinite(a.perplexity)).toBe(false);
      expect(a.gradNorms.some((x) => !Number.isFinite(x))).toBe(true);
      expect(Number.isFinite(a.paramGradNorm)).toBe(false);
      expect(a.clippedGradNorm).toBeNaN();
    });
  }
});
