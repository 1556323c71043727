import { describe, it, expect } from 'vitest';
import { applyProgress, emptyRace, remainingLags } from '../../../src/widgets/lag-race/race-state';
import { lagBatches, lagHeldOut, LAG_QUERY, LAG_SYMBOLS } from '../../../src/data/long-lag';

const progress = (lag: number, step: number, accuracy: number, evaluated: boolean, done: boolean) => ({
  lag, step, accuracy, evaluated, done, loss: 1, gradNorm: 1, elapsedMs: step * 10,
});

describe('race state', () => {
  it('applyProgress records the latest accuracy and appends evaluations to the curve', () => {
    let runs = emptyRace().runs;
    runs = applyProgress(runs, 'rnn', progress(5, 10, 0.2, true, false));
    runs = applyProgress(runs, 'rnn', progress(5, 11, 0.2, false, false));
    runs = applyProgress(runs, 'rnn', progress(5, 20, 0.9, true, true));
    expect(runs.rnn[5]).toMatchObject({ accuracy: 0.9, step: 20, done: true, curve: [0.2, 0.9] });
    expect(runs.lstm).toEqual({});
  });
  it('remainingLags skips finished lags only', () => {
    let runs = emptyRace().runs;
    runs = applyProgress(runs, 'lstm', progress(10, 5, 0.5, true, true));
    runs = applyProgress(runs, 'lstm', progress(20, 5, 0.5, true, false));
    expect(remainingLags(runs, 'lstm', [5, 10, 20])).toEqual([5, 20]);
  });
});

describe('long-lag task data', () => {
  it('lagBatches(L) gives answer, L distractors and the query, with the answer as target', () => {
    const { inputs, targets } = lagBatches(7, 16, 3)();
    expect(inputs).toHaveLength(16);
    inputs.forEach((seq, b) => {
      expect(seq).toHaveLength(9);
      expect(seq[0]).toBe(targets[b]);
      expect(seq[8]).toBe(LAG_QUERY);
      for (const id of seq.slice(0, 8)) expect(id).toBeLessThan(LAG_SYMBOLS);
    });
  });
  it('is deterministic from its seed, and held-out data differs from training data', () => {
    expect(lagBatches(5, 8, 1)()).toEqual(lagBatches(5, 8, 1)());
    expect(lagHeldOut(5, 8, 1)).not.toEqual(lagBatches(5, 8, 1)());
  });
  it('rejects a bad lag with a clear message', () => {
    expect(() => lagBatches(-1, 4, 0)).toThrow(/lag/);
    expect(() => lagBatches(2.5, 4, 0)).toThrow(/whole number/);
  });
});
