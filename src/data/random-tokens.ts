/**
 * A seeded random token sequence: the input of the gradient lab, where what matters
 * is how gradients flow, not what the text says.
 */
import { createRng } from '../core/random';

/**
 * The token stream's own seed, derived from the model seed so that the weights
 * (createRng(seed)) and the tokens do not read the same random numbers.
 */
export function tokenSeed(seed: number): number {
  return (Math.imul(Math.floor(seed) ^ 0x2545f491, 0x9e3779b1) + 0x7f4a7c15) >>> 0;
}

/** `count` ids, each uniform in [0, vocab). Same (count, vocab, seed), same ids. */
export function randomTokens(count: number, vocab: number, seed: number): number[] {
  if (!Number.isInteger(count) || count < 0) throw new Error(`The token count must be a whole number ≥ 0, got ${count}.`);
  if (!Number.isInteger(vocab) || vocab < 1) throw new Error(`The vocabulary size must be a whole number ≥ 1, got ${vocab}.`);
  const rng = createRng(tokenSeed(seed));
  return Array.from({ length: count }, () => rng.int(vocab));
}
