/**
 * A compute worker owned by one widget instance: created on mount, terminated on
 * unmount (every effect cleans up what it made).
 */
import { useEffect, useRef, type RefObject } from 'react';
import { createComputeClient, type ComputeClient } from './client';

export function makeComputeWorker(): Worker {
  return new Worker(new URL('./compute.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * The widget's compute client, held in a ref: set by an effect on mount (effects
 * declared after this hook already see it) and disposed on unmount.
 */
export function useComputeClientRef(): RefObject<ComputeClient | null> {
  const client = useRef<ComputeClient | null>(null);
  useEffect(() => {
    const c = createComputeClient(makeComputeWorker);
    client.current = c;
    return () => {
      c.dispose();
      client.current = null;
    };
  }, []);
  return client;
}
