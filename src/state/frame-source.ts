/**
 * Transient updates from a widget store, as react-three-fiber does for its scene: a
 * value computed from the store's state, recomputed at most once per animation
 * frame however many inputs arrive in it, and handed to painters that write SVG
 * attributes through refs instead of re-rendering the widget. React still renders
 * the elements; the painters only set what changes from frame to frame.
 */
import type { StoreApi } from 'zustand';

export interface FrameSource<T> {
  /** The value for the store's current state (computed once per distinct input). */
  get(): T;
  /** Called once per animation frame in which the input changed; returns the unsubscribe. */
  subscribe(listener: (value: T) => void): () => void;
}

const frame = (run: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(run);
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(run, 16);
  return () => clearTimeout(id);
};

/**
 * `input` picks what the value depends on (compared with Object.is, so return a
 * stable reference such as the settings object); `compute` makes the value from it.
 * The store is watched only while someone listens.
 */
export function frameSource<S, I, T>(store: StoreApi<S>, input: (state: S) => I, compute: (input: I) => T): FrameSource<T> {
  let cached: { input: I; value: T } | null = null;
  const listeners = new Set<(value: T) => void>();
  let unsubscribeStore: (() => void) | null = null;
  let cancelFrame: (() => void) | null = null;

  const get = (): T => {
    const now = input(store.getState());
    if (!cached || !Object.is(cached.input, now)) cached = { input: now, value: compute(now) };
    return cached.value;
  };
  const emit = () => {
    cancelFrame = null;
    const value = get();
    listeners.forEach((listener) => listener(value));
  };
  const watch = () => {
    unsubscribeStore = store.subscribe((state, previous) => {
      if (cancelFrame || Object.is(input(state), input(previous))) return;
      cancelFrame = frame(emit);
    });
  };
  return {
    get,
    subscribe(listener) {
      listeners.add(listener);
      if (!unsubscribeStore) watch();
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        unsubscribeStore?.();
        unsubscribeStore = null;
        cancelFrame?.();
        cancelFrame = null;
      };
    },
  };
}

/** A source derived from another: `pick` runs once per distinct value of `source`. */
export function mapSource<T, U>(source: FrameSource<T>, pick: (value: T) => U): FrameSource<U> {
  let cached: { input: T; output: U } | null = null;
  const get = (value: T): U => {
    if (!cached || !Object.is(cached.input, value)) cached = { input: value, output: pick(value) };
    return cached.output;
  };
  return {
    get: () => get(source.get()),
    subscribe: (listener) => source.subscribe((value) => listener(get(value))),
  };
}

/** A source that never changes (for charts drawn from props, not from a store). */
export function constantSource<T>(value: T): FrameSource<T> {
  return { get: () => value, subscribe: () => () => {} };
}
