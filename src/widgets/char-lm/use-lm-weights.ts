/**
 * The shipped pretrained weights on the main thread, for the views that run a
 * forward pass in well under a frame (step view, teacher forcing, the BPTT sum).
 * One fetch per model per page; a failure can be retried.
 */
import type { CellKind } from '../../core/params';
import { parseWeights, type WeightFile } from '../../core/weights-io';
import { loadAssetText } from '../../data/load-asset';
import { siteBaseUrl } from './site';
import { useWeightFile, type WeightsState } from '../ui/use-weight-file';

export type { WeightsState };

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

export function useLmWeights(cell: CellKind): { state: WeightsState; retry: () => void } {
  return useWeightFile(cell, () => load(cell));
}
