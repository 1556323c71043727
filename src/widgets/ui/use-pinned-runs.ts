/**
 * Pinned runs that a worker recomputes (trained widgets): one job per pin, each on a
 * channel of its own, started when the pin appears (pinned now, or read from a link)
 * and cancelled if the pin goes before it finishes. Results are kept per pin, so
 * removing one pin does not recompute the others.
 */
import { useEffect, useRef, useState } from 'react';
import type { ComputeClient } from '../../worker/client';
import { pinKey, type Pin } from '../../state/pins';
import type { Schema } from '../../state/url-params';

export interface PinnedRuns<R> {
  /** Each pin's recomputed run, in pin order (null while it is being computed or if it failed). */
  runs: (R | null)[];
  pending: boolean;
  /** The first failure, if any. */
  error: string | null;
}

export function usePinnedRuns<S extends Schema, R>(
  schema: S,
  pins: readonly Pin<S>[],
  client: () => ComputeClient,
  task: string,
  payload: (pin: Pin<S>) => unknown,
  /** Runs already known by their pin key (curves recorded when pinned): not recomputed. */
  recorded: Readonly<Record<string, R>> = {},
): PinnedRuns<R> {
  const [done, setDone] = useState<Record<string, R>>({});
  const [failed, setFailed] = useState<Record<string, string>>({});
  const flying = useRef(new Set<string>());
  const keys = pins.map((p) => pinKey(schema, p));
  const wanted = keys.join('|');

  useEffect(() => {
    const present = new Set(keys);
    pins.forEach((pin, i) => {
      const key = keys[i];
      if (key in done || key in recorded || key in failed || flying.current.has(key)) return;
      flying.current.add(key);
      client().run<unknown, R | null>(`pin ${key}`, task, payload(pin), {
        onResult: (r) => {
          flying.current.delete(key);
          if (r !== null) setDone((d) => ({ ...d, [key]: r }));
        },
        onError: (message) => {
          flying.current.delete(key);
          setFailed((f) => ({ ...f, [key]: message }));
        },
      });
    });
    for (const key of [...flying.current]) {
      if (present.has(key)) continue;
      client().cancel(`pin ${key}`);
      flying.current.delete(key);
    }
    // Only a change of the pins themselves starts or cancels jobs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted]);

  const runs = keys.map((k) => done[k] ?? recorded[k] ?? null);
  const error = keys.map((k) => failed[k]).find((e) => e !== undefined) ?? null;
  return { runs, pending: keys.some((k) => !(k in done) && !(k in recorded) && !(k in failed)), error };
}
