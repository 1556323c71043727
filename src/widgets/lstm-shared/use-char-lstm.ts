/**
 * The pretrained character LSTM of chapter 1 (public/models/char-lstm.json, written by
 * scripts/pretrain.ts), fetched once per page and shared by every chapter-4 widget.
 */
import type { WeightFile } from '../../core/weights-io';
import { loadCharWeights, weightsFile } from '../../data/load-char-weights';
import type { LstmSharedWords } from './text';
import { useWeightFile, type WeightsState } from '../ui/use-weight-file';
import { createSharedLoader } from '../ui/shared-load';
import { siteBaseUrl } from '../char-lm/site';

export const CHAR_LSTM_FILE = weightsFile('lstm');

export type CharLstmState = WeightsState;

const loadCharLstm = createSharedLoader(async (_key, onProgress) => {
  const file = await loadCharWeights('lstm', { baseUrl: siteBaseUrl(), onProgress });
  if (file.spec.cell !== 'lstm') throw new Error(`${CHAR_LSTM_FILE} holds a ${file.spec.cell}, not an LSTM.`);
  return file;
});

/** The shared LSTM's load state, and a retry after a failed load. */
export function useCharLstm(): { state: CharLstmState; retry: () => void } {
  return useWeightFile(CHAR_LSTM_FILE, (onProgress) => loadCharLstm(CHAR_LSTM_FILE, onProgress));
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
