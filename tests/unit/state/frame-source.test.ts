import { describe, expect, it, vi, afterEach } from 'vitest';
import { createStore } from 'zustand';
import { frameSource, mapSource } from '../../../src/state/frame-source';

afterEach(() => vi.useRealTimers());

const counterStore = () => createStore<{ n: number; other: number }>(() => ({ n: 0, other: 0 }));

describe('frameSource', () => {
  it('recomputes once per frame however many inputs arrive, and hands painters the latest value', () => {
    vi.useFakeTimers();
    const store = counterStore();
    const compute = vi.fn((n: number) => n * 10);
    const source = frameSource(store, (s) => s.n, compute);
    const painted: number[] = [];
    const stop = source.subscribe((v) => painted.push(v));
    for (let k = 1; k <= 5; k++) store.setState({ n: k });
    expect(painted).toEqual([]);
    vi.advanceTimersByTime(20);
    expect(painted).toEqual([50]);
    expect(compute).toHaveBeenCalledTimes(1);
    // get() in the same frame reuses the value.
    expect(source.get()).toBe(50);
    expect(compute).toHaveBeenCalledTimes(1);
    stop();
  });

  it('ignores changes to state it does not read, and stops watching when the last painter leaves', () => {
    vi.useFakeTimers();
    const store = counterStore();
    const source = frameSource(store, (s) => s.n, (n) => n);
    const painted: number[] = [];
    const stop = source.subscribe((v) => painted.push(v));
    store.setState({ other: 1 });
    vi.advanceTimersByTime(20);
    expect(painted).toEqual([]);
    store.setState({ n: 3 });
    stop();
    vi.advanceTimersByTime(20);
    expect(painted).toEqual([]);
    store.setState({ n: 4 });
    vi.advanceTimersByTime(20);
    expect(painted).toEqual([]);
    expect(source.get()).toBe(4);
  });

  it('mapSource picks once per distinct value', () => {
    const store = counterStore();
    const source = frameSource(store, (s) => s.n, (n) => ({ n }));
    const pick = vi.fn((v: { n: number }) => v.n + 1);
    const mapped = mapSource(source, pick);
    expect(mapped.get()).toBe(1);
    expect(mapped.get()).toBe(1);
    expect(pick).toHaveBeenCalledTimes(1);
    store.setState({ n: 2 });
    expect(mapped.get()).toBe(3);
    expect(pick).toHaveBeenCalledTimes(2);
  });
});
