/** React glue for widget stores: one store per instance, released on unmount. */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { acquireWidgetStore, findWidgetStore, subscribeWidgetStores, type WidgetState, type WidgetStore } from './widget-store';
import { defaults, coerce, type Schema, type Values } from './url-params';

/**
 * The store of one widget instance. `props` are the chapter's starting settings
 * (validated against the schema like URL values); `prefix` keys its URL entries.
 */
export function useWidgetStore<S extends Schema, R>(schema: S, prefix: string, props: Record<string, unknown>, results: R): WidgetStore<S, R> {
  const [handle] = useState(() => {
    const base = defaults(schema) as Record<string, unknown>;
    for (const key of Object.keys(schema)) if (props[key] !== undefined) base[key] = coerce(schema[key], props[key]).value;
    return acquireWidgetStore(schema, prefix, base as Values<S>, results);
  });
  useEffect(() => handle.retain(), [handle]);
  return handle.store;
}

/** Subscribe to a slice of a widget store; objects compared shallowly. */
export function useWidget<S extends Schema, R, T>(store: WidgetStore<S, R>, selector: (s: WidgetState<S, R>) => T): T {
  return useStore(store, useShallow(selector));
}

/**
 * Another widget's state, read from outside it (a prediction prompt judging a guess by
 * what the widget just measured): undefined until that widget has mounted. Re-renders
 * when the store appears, goes, or changes.
 */
export function useFoundWidgetState(prefix: string): { store: WidgetStore<Schema, unknown>; state: WidgetState<Schema, unknown> } | undefined {
  const store = useSyncExternalStore(subscribeWidgetStores, () => findWidgetStore(prefix), () => undefined);
  const state = useSyncExternalStore(
    useCallback((listener: () => void) => store?.subscribe(listener) ?? (() => {}), [store]),
    () => store?.getState(),
    () => undefined,
  );
  return store && state ? { store, state } : undefined;
}
