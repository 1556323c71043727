/**
 * The shipped pretrained weights on the main thread, for the views that run a
 * forward pass in well under a frame (step view, teacher forcing, the BPTT sum).
 * One fetch per model per page; a failure can be retried.
 */
import type { CellKind } from '../../core/params';
import type { WeightFile } from '../../core/weights-io';
import { loadCharWeights } from '../../data/load-char-weights';
import { siteBaseUrl } from './site';
import { useWeightFile, type WeightsState } from '../ui/use-weight-file';

export type { WeightsState };

const cache = new Map<CellKind, Promise<WeightFile>>();

function load(cell: CellKind): Promise<WeightFile> {
  let p = cache.get(cell);
  if (!p) {
    p = loadCharWeights(cell, { baseUrl: siteBaseUrl() });
    p.catch(() => cache.delete(cell));
    cache.set(cell, p);
  }
  return p;
}

export function useLmWeights(cell: CellKind): { state: WeightsState; retry: () => void } {
  return useWeightFile(cell, () => load(cell));
}
