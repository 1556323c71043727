/**
 * The long-time-lag recall task (after Hochreiter & Schmidhuber 1997; Bengio et al.
 * 1994): the first token of a sequence is the answer; `lag` distractors drawn from
 * the same symbols follow; a final query token asks for the answer. The loss is only
 * at the last step, so the only way to succeed is to carry the first token across
 * `lag` + 1 steps. Chance is 1 / SYMBOLS.
 */
import { createRng, type Rng } from '../core/random';

/** The possible answers (and distractors): ids 0..SYMBOLS−1. */
export const LAG_SYMBOLS = 8;
/** The query token, id SYMBOLS. */
export const LAG_QUERY = LAG_SYMBOLS;
/** Input vocabulary: the symbols and the query. */
export const LAG_VOCAB = LAG_SYMBOLS + 1;
export const MAX_LAG = 500;

export interface LagBatch {
  /** B sequences of length lag + 2: answer, lag distractors, query. */
  inputs: number[][];
  /** B answers (class ids in [0, SYMBOLS)). */
  targets: number[];
}

export function checkLag(lag: number): void {
  if (!Number.isInteger(lag) || lag < 0 || lag > MAX_LAG) throw new Error(`The lag must be a whole number from 0 to ${MAX_LAG}, got ${lag}.`);
}

function sequence(lag: number, rng: Rng): { input: number[]; answer: number } {
  const answer = rng.int(LAG_SYMBOLS);
  const input = [answer];
  for (let k = 0; k < lag; k++) input.push(rng.int(LAG_SYMBOLS));
  input.push(LAG_QUERY);
  return { input, answer };
}

/** A seeded stream of training batches. */
export function lagBatches(lag: number, batchSize: number, seed: number): () => LagBatch {
  checkLag(lag);
  const rng = createRng(seed);
  return () => {
    const inputs: number[][] = [];
    const targets: number[] = [];
    for (let b = 0; b < batchSize; b++) {
      const { input, answer } = sequence(lag, rng);
      inputs.push(input);
      targets.push(answer);
    }
    return { inputs, targets };
  };
}

/** A fixed held-out set, from a seed disjoint from training streams. */
export function lagHeldOut(lag: number, size: number, seed: number): LagBatch {
  return lagBatches(lag, size, seed + 1_000_003)();
}
