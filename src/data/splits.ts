/**
 * Seeded datasets of token sequences: a train/test split made from the seed, and
 * mini-batches of sentences of one length (so no padding is needed: every batch packs
 * into a [T, B] block and "final", "mean" and "max" are exact).
 */
import { createRng, type Rng } from '../core/random';

/** One example: input ids, and targets (one per token for taggers, one per sentence for classifiers). */
export interface Example {
  ids: number[];
  /** Tagger: one class per token. */
  tags: number[];
  /** Classifier: the sentence's class. */
  label: number;
}

export interface Split {
  train: Example[];
  test: Example[];
}

/**
 * Draws distinct examples with `make(rng)` until there are `size` (or the grammar runs
 * out), shuffles them and holds out `testFraction` of them: no test sentence is ever
 * seen in training.
 */
export function makeSplit(make: (rng: Rng) => Example, size: number, testFraction: number, seed: number): Split {
  const rng = createRng(seed);
  const unique = new Map<string, Example>();
  for (let tries = 0; unique.size < size && tries < size * 20; tries++) {
    const ex = make(rng);
    const key = ex.ids.join(' ');
    if (!unique.has(key)) unique.set(key, ex);
  }
  const all = [...unique.values()];
  for (let k = all.length - 1; k > 0; k--) {
    const j = rng.int(k + 1);
    [all[k], all[j]] = [all[j], all[k]];
  }
  const testSize = Math.round(all.length * testFraction);
  return { test: all.slice(0, testSize), train: all.slice(testSize) };
}

/** Examples grouped by length. */
export function byLength(examples: readonly Example[]): Map<number, Example[]> {
  const groups = new Map<number, Example[]>();
  for (const ex of examples) {
    const g = groups.get(ex.ids.length);
    if (g) g.push(ex);
    else groups.set(ex.ids.length, [ex]);
  }
  return groups;
}

/** An endless stream of batches: pick a length in proportion to its count, then `size` examples of it. */
export function lengthBatches(examples: readonly Example[], size: number, seed: number): () => Example[] {
  const rng = createRng(seed);
  const groups = [...byLength(examples).values()];
  if (groups.length === 0) throw new Error('No training examples.');
  return () => {
    let k = rng.int(examples.length);
    let group = groups[0];
    for (const g of groups) {
      if (k < g.length) {
        group = g;
        break;
      }
      k -= g.length;
    }
    return Array.from({ length: Math.min(size, group.length * 2) }, () => group[rng.int(group.length)]);
  };
}

/** Picks one element. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[rng.int(items.length)];
}
