/** A trained lag classifier's weights in the language-model layout, in plain arrays (no tfjs), so pages can use it. */
import type { ParamSet } from './params';

/**
 * A classifier head U [K][H], b_2 [K] over the first K of V input symbols → the language
 * model layout U [V][H], b_2 [V] the fast path reads: the extra outputs get zero weights
 * and a bias so low that their probability is 0, so the last step's loss is unchanged.
 */
export function classifierAsLanguageModel(params: ParamSet, vocab: number): ParamSet {
  const H = params.U.shape[1] ?? 0;
  const U = new Float32Array(vocab * H);
  U.set(params.U.data);
  const b = new Float32Array(vocab).fill(-1e4);
  b.set(params.b_2.data);
  return { ...params, U: { shape: [vocab, H], data: U }, b_2: { shape: [vocab], data: b } };
}
