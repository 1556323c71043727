import { describe, it, expect } from 'vitest';
import { applyStep, emptyRun, startReplay, blowUpOf } from '../../../src/widgets/exploding-clipping/run-state';
import { describeRun, explainBlowUp } from '../../../src/widgets/exploding-clipping/summary';
import { explodingText } from '../../../src/widgets/exploding-clipping/text';
import type { ExplodingProgress } from '../../../src/worker/tasks/exploding-run';

const step = (n: number, gradNorm: number, extra: Partial<ExplodingProgress> = {}): ExplodingProgress => ({
  step: n, loss: 2, gradNorm, clippedGradNorm: gradNorm, clip: 0, learningRate: 0.1, clipped: false, nonFinite: false, updated: true, radius: 1.2, ...extra,
});

describe('exploding-clipping run state', () => {
  it('applyStep() appends to the active line and replaces steps after a rewind', () => {
    let r = emptyRun();
    for (const p of [step(1, 4), step(2, 5), step(3, 6)]) r = { ...r, ...applyStep(r, p) };
    expect(r.main.map((s) => s.step)).toEqual([1, 2, 3]);
    r = { ...r, ...startReplay(r, 2) };
    expect(r.branch).toEqual([]);
    r = { ...r, ...applyStep(r, step(2, 1, { clip: 1 })) };
    expect(r.main).toHaveLength(3);
    expect(r.branch!.map((s) => s.step)).toEqual([2]);
  });
  it('blowUpOf() finds the non-finite step that ended a line', () => {
    expect(blowUpOf([step(1, 4), step(2, NaN, { nonFinite: true, loss: NaN })])!.step).toBe(2);
    expect(blowUpOf([step(1, 4)])).toBeUndefined();
    expect(blowUpOf(null)).toBeUndefined();
  });
});

describe('exploding-clipping sentences', () => {
  const line = [step(1, 4), step(2, 5), step(3, 6, { radius: 1.3 }), step(4, 170, { radius: 10 }), step(5, 7e11, { radius: 3e10 }),
    step(6, NaN, { loss: NaN, nonFinite: true, updated: false, replayFrom: 4, radius: 3e10 })];
  it('explainBlowUp() names the NaN step, where the climb began, its peak and what clipping would do', () => {
    const text = explainBlowUp(explodingText.en, line, line[5], 1.1, 1);
    expect(text).toContain('At step 6 the loss became NaN');
    expect(text).toContain('began at step 4');
    expect(text).toContain('from a typical 5 to 7.0e11 at step 5');
    expect(text).toContain('from 1.3 to 3.0e10');
    expect(text).toContain('Clipping at 1 would have scaled each of those steps');
  });
  it('describeRun() reports a clipped replay that stayed finite', () => {
    const branch = [step(4, 3, { clipped: true, clippedGradNorm: 1, clip: 1 }), step(5, 0.5, { clip: 1 })];
    const text = describeRun(explodingText.en, { ...emptyRun(), status: 'running', main: line, branch, active: 'branch' }, true, 1, 1.1).join(' ');
    expect(text).toContain('Replay from step 4 with clipping: 1 of 2 steps were scaled down, every loss stayed finite');
  });
  it('describeRun() invites a first run', () => {
    expect(describeRun(explodingText.en, emptyRun(), false, 1, 1.1)[0]).toContain('Clipping is off');
  });
  it('explainBlowUp() in Korean shows the same numbers', () => {
    const text = explainBlowUp(explodingText.ko, line, line[5], 1.1, 1);
    expect(text).toContain('스텝 6에서 손실이 NaN이 되어');
    expect(text).toContain('평소의 5에서 스텝 5의 7.0e11까지');
    expect(text).toContain('1.3에서 3.0e10로');
  });
});
