/**
 * The pretrained character LSTM of chapter 1 (public/models/char-lstm.json, written by
 * scripts/pretrain.ts), fetched once per page and shared by every chapter-4 widget.
 */
import type { WeightFile } from '../../core/weights-io';
import { loadCharWeights, weightsFile } from '../../data/load-char-weights';
import type { LstmSharedWords } from './text';
import { useWeightFile, type WeightsState } from '../ui/use-weight-file';

export const CHAR_LSTM_FILE = weightsFile('lstm');

export type CharLstmState = WeightsState;

let shared: Promise<WeightFile> | null = null;

/** The site's root (public/ files live there), not the chapter's path. */
const siteBase = () => new URL(import.meta.env.BASE_URL, document.baseURI).href;

function loadCharLstm(): Promise<WeightFile> {
  if (!shared) {
    shared = loadCharWeights('lstm', { baseUrl: siteBase() }).then((file) => {
      if (file.spec.cell !== 'lstm') throw new Error(`${CHAR_LSTM_FILE} holds a ${file.spec.cell}, not an LSTM.`);
      return file;
    });
    // A failed load may be retried on the next mount (e.g. after going back online).
    shared.catch(() => (shared = null));
  }
  return shared;
}

/** The shared LSTM's load state, and a retry after a failed load. */
export function useCharLstm(): { state: CharLstmState; retry: () => void } {
  return useWeightFile(CHAR_LSTM_FILE, loadCharLstm);
}

/** One line on how the shipped weights were made, for the reader (from the file's record). */
export function describeWeights(file: WeightFile, m: LstmSharedWords): string {
  const { steps, heldOutPerplexity } = file.meta;
  return m.weights({
    hidden: file.spec.hidden,
    steps: typeof steps === 'number' ? steps : null,
    perplexity: typeof heldOutPerplexity === 'number' ? heldOutPerplexity : null,
  });
}
