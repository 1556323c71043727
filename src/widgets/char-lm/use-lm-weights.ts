/**
 * The shipped pretrained weights on the main thread, for the views that run a
 * forward pass in well under a frame (step view, teacher forcing, the BPTT sum).
 * One fetch per model per page; a failure can be retried.
 */
import type { CellKind } from '../../core/params';
import { loadCharWeights } from '../../data/load-char-weights';
import { siteBaseUrl } from './site';
import { useWeightFile, type WeightsState } from '../ui/use-weight-file';
import { createSharedLoader } from '../ui/shared-load';

export type { WeightsState };

const load = createSharedLoader((cell, onProgress) => loadCharWeights(cell as CellKind, { baseUrl: siteBaseUrl(), onProgress }));

export function useLmWeights(cell: CellKind): { state: WeightsState; retry: () => void } {
  return useWeightFile(cell, (onProgress) => load(cell, onProgress));
}
