/**
 * The shipped pretrained weights on the main thread, for the views that run a
 * forward pass in well under a frame (step view, teacher forcing, the BPTT sum).
 * One fetch per model per page; a failure can be retried.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CellKind } from '../../core/params';
import { parseWeights, type WeightFile } from '../../core/weights-io';
import { loadAssetText } from '../../data/load-asset';
import { siteBaseUrl } from './site';

const cache = new Map<CellKind, Promise<WeightFile>>();

function load(cell: CellKind): Promise<WeightFile> {
  let p = cache.get(cell);
  if (!p) {
    p = loadAssetText(`models/char-${cell}.json`, { baseUrl: siteBaseUrl() }).then(parseWeights);
    p.catch(() => cache.delete(cell));
    cache.set(cell, p);
  }
  return p;
}

export type WeightsState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; weights: WeightFile };

export function useLmWeights(cell: CellKind): { state: WeightsState; retry: () => void } {
  const [state, setState] = useState<WeightsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load(cell).then(
      (weights) => live && setState({ status: 'ready', weights }),
      (error: unknown) => live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [cell, attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { state, retry };
}
