import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { loadProgress, parseProgress, withTried, withVisited, PROGRESS_KEY } from '../../../src/state/progress';

class MemoryStorage {
  data = new Map<string, string>();
  getItem(k: string) { return this.data.get(k) ?? null; }
  setItem(k: string, v: string) { this.data.set(k, v); }
  removeItem(k: string) { this.data.delete(k); }
}

describe('parseProgress', () => {
  it('parseProgress turns anything that is not an object into empty progress', () => {
    for (const raw of [null, undefined, 42, 'x', [], true]) expect(parseProgress(raw)).toEqual({ visited: [], tried: [] });
  });
  it('parseProgress keeps valid entries, drops bad ones and duplicates', () => {
    const p = parseProgress({ visited: ['03-lstm', 7, '<script>', '03-lstm', ''], tried: 'nope' });
    expect(p).toEqual({ visited: ['03-lstm'], tried: [] });
  });
  it('parseProgress caps the lists', () => {
    const p = parseProgress({ visited: Array.from({ length: 1000 }, (_, i) => `c${i}`), tried: [] });
    expect(p.visited.length).toBeLessThanOrEqual(200);
  });
});

describe('withVisited / withTried', () => {
  it('withVisited adds once and returns the same object when nothing changes', () => {
    const a = withVisited({ visited: [], tried: [] }, '01-rnn');
    expect(a.visited).toEqual(['01-rnn']);
    expect(withVisited(a, '01-rnn')).toBe(a);
  });
  it('withTried records "slug/widget"', () => {
    expect(withTried({ visited: [], tried: [] }, '03-x', 'gradient-flow').tried).toEqual(['03-x/gradient-flow']);
  });
});

describe('loadProgress', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
  });
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'localStorage', original);
    else delete (globalThis as { localStorage?: unknown }).localStorage;
  });
  it('loadProgress reads what was stored', () => {
    storage.setItem(PROGRESS_KEY, JSON.stringify({ visited: ['01-a'], tried: ['01-a/w'] }));
    expect(loadProgress()).toEqual({ visited: ['01-a'], tried: ['01-a/w'] });
  });
  it('loadProgress falls back silently on corrupt JSON', () => {
    storage.setItem(PROGRESS_KEY, '{not json');
    expect(loadProgress()).toEqual({ visited: [], tried: [] });
  });
  it('loadProgress falls back silently when storage throws', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      value: { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceeded'); } },
      configurable: true,
    });
    expect(loadProgress()).toEqual({ visited: [], tried: [] });
  });
});
