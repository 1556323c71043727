/**
 * Re-measures what chapter 3 says about the lag race at the widget's defaults, on the
 * page's backend (wasm) and from the page's seed: both cells learn the shortest lag;
 * on the longest lag the LSTM reaches the target while the simple RNN, with the same
 * budget, gets only part of the way (above chance, far below the LSTM).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../../src/core/backend';
import { runLagExperiment, type LagExperimentOptions, type LagProgress } from '../../../src/core/experiments/long-lag';
import { LAG_RACE_DEFAULTS, LAG_RACE_LONGEST, LAG_SETS } from '../../../src/core/experiments/lag-race';
import { LAG_SYMBOLS } from '../../../src/data/long-lag';

beforeAll(async () => {
  expect(await initBackend('wasm')).toBe('wasm');
});

const { steps, seed, forgetBias } = LAG_RACE_DEFAULTS;
const run = (cell: LagExperimentOptions['cell'], lag: number): LagProgress => {
  let p: LagProgress | undefined;
  for (const x of runLagExperiment({ cell, lag, steps, seed, forgetBias })) p = x;
  return p!;
};
const shortest = Math.min(...LAG_SETS[LAG_RACE_DEFAULTS.lags]);

describe('the lag race at its defaults (chapter 3)', () => {
  let lstm: LagProgress;
  it('the LSTM reaches 90% on the longest lag within the budget', () => {
    lstm = run('lstm', LAG_RACE_LONGEST);
    expect(lstm.accuracy).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
  it('the simple RNN, with the same budget, gets only part of the way on the longest lag', () => {
    const rnn = run('rnn', LAG_RACE_LONGEST);
    expect(rnn.step).toBe(steps);
    expect(rnn.accuracy).toBeGreaterThan(1 / LAG_SYMBOLS);
    expect(rnn.accuracy).toBeLessThan(0.75);
    expect(lstm.accuracy - rnn.accuracy).toBeGreaterThan(0.25);
  }, 300_000);
  it('both cells learn the shortest lag', () => {
    expect(run('rnn', shortest).accuracy).toBeGreaterThanOrEqual(0.9);
    expect(run('lstm', shortest).accuracy).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});
