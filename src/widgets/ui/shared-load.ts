/**
 * One download per file per page, however many widgets ask for it, and every widget
 * that asks hears its progress (for the progress bar), also when it asked late.
 * A failed load is forgotten, so a retry really fetches again.
 */
import type { LoadProgress } from '../../data/load-asset';

type Listener = (p: LoadProgress) => void;

interface Entry<T> {
  promise: Promise<T>;
  listeners: Set<Listener>;
  last?: LoadProgress;
}

export function createSharedLoader<T>(start: (key: string, onProgress: Listener) => Promise<T>): (key: string, onProgress?: Listener) => Promise<T> {
  const entries = new Map<string, Entry<T>>();
  return (key, onProgress) => {
    let entry = entries.get(key);
    if (!entry) {
      const created: Entry<T> = { listeners: new Set(), promise: Promise.resolve() as Promise<T> };
      created.promise = start(key, (p) => {
        created.last = p;
        created.listeners.forEach((l) => l(p));
      });
      created.promise.catch(() => entries.delete(key));
      entries.set(key, created);
      entry = created;
    }
    if (onProgress) {
      const e = entry;
      e.listeners.add(onProgress);
      if (e.last) onProgress(e.last);
      const done = () => e.listeners.delete(onProgress);
      e.promise.then(done, done);
    }
    return entry.promise;
  };
}
