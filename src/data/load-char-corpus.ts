/** Loads chapter 1's corpus files (public/data/) from disk in Node or from the site in the browser. */
import { CORPUS_FILES, parseCorpus, type CharCorpus } from './char-corpus';
import { loadAssetText, type LoadOptions } from './load-asset';

export async function loadCharCorpus(options: LoadOptions = {}): Promise<CharCorpus> {
  const [train, heldOut] = await Promise.all([loadAssetText(CORPUS_FILES.train, options), loadAssetText(CORPUS_FILES.heldOut, options)]);
  return parseCorpus(train, heldOut);
}
