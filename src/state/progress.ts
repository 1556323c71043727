/**
 * The reader's progress: chapters visited and widgets tried, remembered in
 * localStorage. Whatever is stored is untrusted (older versions, hand edits,
 * corrupt JSON): it is cleaned entry by entry, and unusable storage means the
 * progress lasts for this visit only, silently.
 */
import { createStore, useStore } from 'zustand';
import { readJson, writeJson } from './safe-storage';

export interface Progress {
  /** Chapter slugs. */
  visited: string[];
  /** "slug/widget-name" per widget instance the reader changed. */
  tried: string[];
}

export const PROGRESS_KEY = 'rnn-notebook:progress';
const MAX_ENTRIES = 200;
const ENTRY = /^[a-z0-9][a-z0-9/-]{0,119}$/;

const cleanList = (v: unknown): string[] =>
  Array.isArray(v) ? Array.from(new Set(v.filter((x): x is string => typeof x === 'string' && ENTRY.test(x)))).slice(0, MAX_ENTRIES) : [];

/** Any stored value to a valid Progress: bad entries dropped, a bad whole is empty progress. */
export function parseProgress(raw: unknown): Progress {
  if (typeof raw !== 'object' || raw === null) return { visited: [], tried: [] };
  const r = raw as Record<string, unknown>;
  return { visited: cleanList(r.visited), tried: cleanList(r.tried) };
}

export const widgetKey = (slug: string, widget: string): string => `${slug}/${widget}`;

const add = (list: string[], entry: string): string[] =>
  list.includes(entry) || !ENTRY.test(entry) || list.length >= MAX_ENTRIES ? list : [...list, entry];

export function withVisited(p: Progress, slug: string): Progress {
  const visited = add(p.visited, slug);
  return visited === p.visited ? p : { ...p, visited };
}

export function withTried(p: Progress, slug: string, widget: string): Progress {
  const tried = add(p.tried, widgetKey(slug, widget));
  return tried === p.tried ? p : { ...p, tried };
}

const anything = (_value: unknown): _value is unknown => true;

export function loadProgress(): Progress {
  return parseProgress(readJson<unknown>(PROGRESS_KEY, null, anything));
}

export const progressStore = createStore<Progress>(() => loadProgress());

function update(next: (p: Progress) => Progress): void {
  const before = progressStore.getState();
  const after = next(before);
  if (after === before) return;
  progressStore.setState(after, true);
  writeJson(PROGRESS_KEY, after);
}

export const markVisited = (slug: string): void => update((p) => withVisited(p, slug));
export const markTried = (slug: string, widget: string): void => update((p) => withTried(p, slug, widget));

export function useProgress<T>(selector: (p: Progress) => T): T {
  return useStore(progressStore, selector);
}
