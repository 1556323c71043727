/** Chapter 1's shipped weight files (public/models/, written by scripts/pretrain.ts), from disk in Node or from the site. */
import type { CellKind } from '../core/params';
import { parseWeights, type WeightFile } from '../core/weights-io';
import { loadAssetText, type LoadOptions } from './load-asset';

/** Where the shipped models live, relative to the site's base URL (or public/ in Node). */
export const weightsFile = (cell: CellKind) => `models/char-${cell}.json`;

export async function loadCharWeights(cell: CellKind, options: LoadOptions = {}): Promise<WeightFile> {
  return parseWeights(await loadAssetText(weightsFile(cell), options));
}
