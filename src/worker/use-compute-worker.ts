/**
 * Compute workers for widgets. A widget whose work should survive a remount (a
 * language switch swaps the chapter's content) keeps its client with its store.
 */
import { useCallback } from 'react';
import { createComputeClient, type ComputeClient } from './client';
import { storeResource } from '../state/widget-store';

export function makeComputeWorker(): Worker {
  return new Worker(new URL('./compute.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * The compute client owned by the widget whose store is `store`: made on first use,
 * kept through a remount, disposed when the store is dropped after its last user.
 */
export function useStoreComputeClient(store: object): () => ComputeClient {
  return useCallback(() => storeResource(store, 'compute', () => createComputeClient(makeComputeWorker), (c) => c.dispose()), [store]);
}
