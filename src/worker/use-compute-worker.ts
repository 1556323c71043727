/**
 * A compute worker owned by one widget instance: created on mount, terminated on
 * unmount (every effect cleans up what it made).
 */
import { useEffect, useState } from 'react';
import { createComputeClient, type ComputeClient } from './client';

export function makeComputeWorker(): Worker {
  return new Worker(new URL('./compute.worker.ts', import.meta.url), { type: 'module' });
}

export function useComputeClient(): ComputeClient | null {
  const [client, setClient] = useState<ComputeClient | null>(null);
  useEffect(() => {
    const c = createComputeClient(makeComputeWorker);
    setClient(c);
    return () => {
      c.dispose();
      setClient(null);
    };
  }, []);
  return client;
}
