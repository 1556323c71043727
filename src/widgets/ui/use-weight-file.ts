/**
 * A shipped weight file as widget state: loading, ready or failed with the reason,
 * and a retry that loads again (the loaders forget a failed fetch, so a retry after
 * the network returns really fetches).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WeightFile } from '../../core/weights-io';
import type { LoadProgress } from '../../data/load-asset';

// Widgets that share a file hear when any of them loads it, so one "Try again" that
// succeeds clears the failure in every widget waiting on the same file.
const loaded = new EventTarget();

export type WeightsState = { status: 'loading'; progress?: LoadProgress } | { status: 'error'; message: string } | { status: 'ready'; weights: WeightFile };

/** `load` is called again whenever `key` changes or `retry` is pressed; it reports download progress. */
export function useWeightFile(key: string, load: (onProgress: (p: LoadProgress) => void) => Promise<WeightFile>): { state: WeightsState; retry: () => void } {
  const [state, setState] = useState<WeightsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    loadRef.current((progress) => live && setState({ status: 'loading', progress })).then(
      (weights) => {
        if (!live) return;
        setState({ status: 'ready', weights });
        loaded.dispatchEvent(new Event(key));
      },
      (error: unknown) => live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const failed = state.status === 'error';
  useEffect(() => {
    if (!failed) return;
    loaded.addEventListener(key, retry);
    return () => loaded.removeEventListener(key, retry);
  }, [key, failed, retry]);
  return { state, retry };
}
