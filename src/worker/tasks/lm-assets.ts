/**
 * Chapter 1's corpus and pretrained weights inside a worker: fetched from the site
 * once per worker (the page passes its base URL) and kept, so later jobs start at once.
 */
import type { CellKind } from '../../core/params';
import type { WeightFile } from '../../core/weights-io';
import { loadCharCorpus } from '../../data/load-char-corpus';
import { loadCharWeights } from '../../data/load-char-weights';
import type { LoadProgress } from '../../data/load-asset';
import type { CharCorpus } from '../../data/char-corpus';

let corpus: Promise<CharCorpus> | null = null;
const weights = new Map<CellKind, Promise<WeightFile>>();

/** A failed load is forgotten, so the reader's "retry" tries again. */
function remember<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}

export function workerCorpus(baseUrl: string, onProgress?: (p: LoadProgress) => void): Promise<CharCorpus> {
  if (!corpus) corpus = remember(loadCharCorpus({ baseUrl, onProgress }), () => (corpus = null));
  return corpus;
}

export function workerWeights(baseUrl: string, cell: CellKind, onProgress?: (p: LoadProgress) => void): Promise<WeightFile> {
  let w = weights.get(cell);
  if (!w) {
    w = remember(loadCharWeights(cell, { baseUrl, onProgress }), () => weights.delete(cell));
    weights.set(cell, w);
  }
  return w;
}

/** Progress message while files load. */
export interface LoadingProgress {
  phase: 'loading';
  file: string;
  loadedBytes: number;
  totalBytes: number | null;
}

export const loadingMessage = (p: LoadProgress): LoadingProgress => ({ phase: 'loading', ...p });
