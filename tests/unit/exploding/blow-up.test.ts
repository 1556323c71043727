import { describe, it, expect } from 'vitest';
import { blowUpStart, median } from '../../../src/core/experiments/blow-up';
import { SnapshotRing } from '../../../src/core/experiments/snapshot-ring';

describe('blowUpStart', () => {
  it('blowUpStart(norms, N) goes back to the first step of the climb before the NaN', () => {
    // steps 5 and 6 spiked (≥ 10 × the median 5.5); step 4 is in, as the norm jumped after it
    const norms = [4, 5, 3, 6, 170, 7e11, NaN];
    expect(blowUpStart(norms, 7)).toBe(4);
  });
  it('blowUpStart follows a climb of threefold jumps below the spike level', () => {
    const norms = [4, 5, 6, 12, 40, 7e11, NaN];
    expect(blowUpStart(norms, 7)).toBe(4);
  });
  it('blowUpStart falls back to N − 1 when nothing spiked', () => {
    expect(blowUpStart([4, 5, 3, 6, 5, Infinity], 6)).toBe(5);
  });
  it('blowUpStart goes back to step 1 when the run climbed from the start', () => {
    expect(blowUpStart([80, 1e3, 1e6, 1e20, NaN], 5)).toBe(1);
  });
  it('blowUpStart stops at the oldest snapshot, and is 1 for N = 1', () => {
    expect(blowUpStart([80, 1e3, 1e6, 1e20, NaN], 5, 3)).toBe(3);
    expect(blowUpStart([NaN], 1)).toBe(1);
  });
  it('median ignores non-finite values', () => {
    expect(median([3, NaN, 1, 2, Infinity])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN])).toBeNaN();
  });
});

describe('SnapshotRing', () => {
  const p = (v: number) => ({ W: { shape: [1] as [number], data: Float32Array.of(v) } });
  it('push() keeps the newest `capacity` copies, get() returns copies', () => {
    const ring = new SnapshotRing(2);
    const a = p(1);
    ring.push(1, a);
    a.W.data[0] = 99;
    expect(ring.get(1)!.W.data[0]).toBe(1);
    ring.push(2, p(2));
    ring.push(3, p(3));
    expect(ring.steps()).toEqual([2, 3]);
    expect(ring.get(1)).toBeUndefined();
  });
  it('push() of an earlier step drops the later branch', () => {
    const ring = new SnapshotRing(5);
    [1, 2, 3, 4].forEach((s) => ring.push(s, p(s)));
    ring.push(2, p(20));
    expect(ring.steps()).toEqual([1, 2]);
    expect(ring.get(2)!.W.data[0]).toBe(20);
  });
  it('rejects a capacity below 1', () => {
    expect(() => new SnapshotRing(0)).toThrow(/snapshot/);
  });
});
