/**
 * One zustand store per widget instance (as react-three-fiber does per canvas), so
 * two widgets never share state. Settings live in the URL under the widget's prefix:
 * a link reproduces the exact picture. Stores are kept per page while the page is
 * open, so switching the language (which re-renders the chapter) keeps every
 * widget's settings and results.
 */
import { createStore, type StoreApi } from 'zustand';
import { readParams, writeParams, type ParamProblem, type Schema, type Values } from './url-params';
import { readPins, withPin, writePins, type Pin } from './pins';

export interface WidgetState<S extends Schema, R = Record<string, never>> {
  settings: Values<S>;
  /** What the widget computed from the settings (plain numbers from core). */
  results: R;
  setResults(partial: Partial<R>): void;
  /** Starting settings of this instance (schema defaults overridden by the chapter's props). */
  base: Values<S>;
  /** Messages about URL values that could not be used as given. */
  notices: ParamProblem[];
  set(partial: Partial<Values<S>>): void;
  /** Earlier runs kept on the charts as ghosts (settings; the widget recomputes them). */
  pins: Pin<S>[];
  /** Pins the current settings (with the steps trained so far, for trained widgets). */
  pin(steps?: number): void;
  unpin(index: number): void;
  /** Back to the starting settings, pins cleared. */
  reset(): void;
  dismissNotices(): void;
}

export type WidgetStore<S extends Schema, R = Record<string, never>> = StoreApi<WidgetState<S, R>>;

const live = new Map<string, { store: WidgetStore<Schema, any>; stop: () => void; users: number; timer?: ReturnType<typeof setTimeout> }>();

// Things a widget's store owns beyond its state (a compute worker, say): they outlive
// a remount with the store and are disposed when it is dropped.
const resources = new WeakMap<object, Map<string, { value: unknown; dispose(): void }>>();

/** The store's resource `name`, made by `create` on first use and disposed with the store. */
export function storeResource<T>(store: object, name: string, create: () => T, dispose: (value: T) => void): T {
  let owned = resources.get(store);
  if (!owned) resources.set(store, (owned = new Map()));
  let held = owned.get(name);
  if (!held) {
    const value = create();
    held = { value, dispose: () => dispose(value) };
    owned.set(name, held);
  }
  return held.value as T;
}

function disposeResources(store: object): void {
  resources.get(store)?.forEach((r) => r.dispose());
  resources.delete(store);
}

// Who wants to know when a store appears or goes (a prediction prompt reading a widget's
// measurements). Told after the current render, never during it.
const storeListeners = new Set<() => void>();
const storesChanged = () => queueMicrotask(() => storeListeners.forEach((l) => l()));

/** The live store of the widget with URL prefix `prefix` on this page, if that widget is mounted. */
export function findWidgetStore(prefix: string): WidgetStore<Schema, unknown> | undefined {
  return live.get(`${typeof location === 'undefined' ? '' : location.pathname}#${prefix}`)?.store as WidgetStore<Schema, unknown> | undefined;
}

/** Calls `listener` whenever a widget store is created or dropped; returns the unsubscribe. */
export function subscribeWidgetStores(listener: () => void): () => void {
  storeListeners.add(listener);
  return () => storeListeners.delete(listener);
}

function currentSearch(): URLSearchParams {
  return new URLSearchParams(typeof location === 'undefined' ? '' : location.search);
}

/** A store for `prefix`, read from the URL. Exported for tests; widgets use acquireWidgetStore. */
export function createWidgetStore<S extends Schema, R>(schema: S, prefix: string, base: Values<S>, results: R, search = currentSearch()): WidgetStore<S, R> {
  const parsed = readParams(schema, prefix, search, base);
  const pinned = readPins(schema, prefix, search, base);
  return createStore<WidgetState<S, R>>((set, get) => ({
    settings: parsed.values,
    results,
    setResults: (partial) => set({ results: { ...get().results, ...partial } }),
    base,
    notices: [...parsed.problems, ...pinned.problems],
    set: (partial) => set({ settings: { ...get().settings, ...partial } }),
    pins: pinned.pins,
    pin: (steps) => set({ pins: withPin(schema, get().pins, { settings: get().settings, ...(steps !== undefined ? { steps } : {}) }) }),
    unpin: (index) => set({ pins: get().pins.filter((_, i) => i !== index) }),
    reset: () => set({ settings: { ...get().base }, pins: [] }),
    dismissNotices: () => set({ notices: [] }),
  }));
}

/** Mirrors the store's settings into the URL (replaceState) and follows back/forward. */
function syncWithUrl<S extends Schema, R>(schema: S, prefix: string, store: WidgetStore<S, R>): () => void {
  if (typeof window === 'undefined') return () => {};
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.settings === prev.settings && state.pins === prev.pins) return;
    const search = writePins(schema, prefix, state.pins, writeParams(schema, prefix, state.settings, currentSearch(), state.base), state.base);
    const query = search.toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  });
  const onPop = () => {
    const { base } = store.getState();
    const { values } = readParams(schema, prefix, currentSearch(), base);
    store.setState({ settings: values, pins: readPins(schema, prefix, currentSearch(), base).pins });
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}

/**
 * Gets the store for `prefix` on this page, creating it on first use (calling this
 * twice, as Strict Mode does, returns the same store). The widget calls retain()
 * in an effect and the returned release() in its cleanup; the store outlives a quick
 * remount (language switch, Strict Mode) and is dropped shortly after its last user
 * leaves.
 */
export function acquireWidgetStore<S extends Schema, R>(
  schema: S,
  prefix: string,
  base: Values<S>,
  results: R,
): { store: WidgetStore<S, R>; retain: () => () => void } {
  const key = `${typeof location === 'undefined' ? '' : location.pathname}#${prefix}`;
  let entry = live.get(key);
  if (!entry) {
    const store = createWidgetStore(schema, prefix, base, results) as unknown as WidgetStore<Schema, R>;
    entry = { store, stop: syncWithUrl(schema, prefix, store), users: 0 };
    live.set(key, entry);
    storesChanged();
  }
  const held = entry;
  const retain = () => {
    if (held.timer) clearTimeout(held.timer);
    held.timer = undefined;
    held.users++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      held.users--;
      if (held.users > 0) return;
      held.timer = setTimeout(() => {
        if (held.users > 0 || live.get(key) !== held) return;
        held.stop();
        disposeResources(held.store);
        live.delete(key);
        storesChanged();
      }, 2000);
    };
  };
  return { store: held.store as unknown as WidgetStore<S, R>, retain };
}
