/**
 * A widget's compute client that outlives a quick remount of the widget (a language
 * switch swaps the chapter's content), so a model being trained, a generation under
 * way or a measurement keeps its worker. It belongs to the widget's store (which
 * also outlives the remount) and is disposed shortly after the last user leaves.
 */
import { useCallback, useEffect } from 'react';
import { createComputeClient, type ComputeClient } from '../../worker/client';
import { makeComputeWorker } from '../../worker/use-compute-worker';

/** As long as the widget store lingers after its last user (state/widget-store.ts). */
const LINGER_MS = 2000;

interface Held {
  client: ComputeClient;
  users: number;
  timer?: ReturnType<typeof setTimeout>;
}

const held = new WeakMap<object, Held>();

function entry(owner: object): Held {
  let e = held.get(owner);
  if (!e) {
    e = { client: createComputeClient(makeComputeWorker), users: 0 };
    held.set(owner, e);
  }
  return e;
}

/** The client of the widget whose store is `owner`: kept while mounted, taken back by a remount. */
export function useLastingClient(owner: object): () => ComputeClient {
  useEffect(() => {
    const e = entry(owner);
    e.users++;
    clearTimeout(e.timer);
    return () => {
      e.users--;
      if (e.users > 0) return;
      e.timer = setTimeout(() => {
        if (e.users > 0) return;
        e.client.dispose();
        if (held.get(owner) === e) held.delete(owner);
      }, LINGER_MS);
    };
  }, [owner]);
  return useCallback(() => entry(owner).client, [owner]);
}
