/**
 * The encoder–decoder's task: read a string of 2–6 symbols from a…h and write it
 * reversed ("abcd" → "dcba"). One vocabulary of the eight symbols and "#", which
 * starts the decoder's input and ends its output. Generated from a seed; the test
 * strings never appear in training.
 */
import type { Rng } from '../core/random';
import { createRng } from '../core/random';

export const REVERSE_SYMBOLS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;
export const MARK = REVERSE_SYMBOLS.length; // "#"
export const REVERSE_VOCAB = [...REVERSE_SYMBOLS, '#'];
export const MIN_LEN = 2;
export const MAX_LEN = 6;

export interface ReversePair {
  source: number[];
  /** Decoder input: # y1 … yn. */
  input: number[];
  /** Decoder target: y1 … yn #. */
  target: number[];
}

export function reversePair(source: number[]): ReversePair {
  const out = [...source].reverse();
  return { source, input: [MARK, ...out], target: [...out, MARK] };
}

function randomSource(rng: Rng): number[] {
  const n = MIN_LEN + rng.int(MAX_LEN - MIN_LEN + 1);
  return Array.from({ length: n }, () => rng.int(REVERSE_SYMBOLS.length));
}

/** Held-out strings (distinct) and a training stream that skips them, both from the seed. */
export function reverseData(seed: number, testSize = 200): { test: ReversePair[]; nextBatch(size: number): ReversePair[] } {
  const rng = createRng(seed);
  const held = new Map<string, ReversePair>();
  while (held.size < testSize) {
    const s = randomSource(rng);
    held.set(s.join(','), reversePair(s));
  }
  return {
    test: [...held.values()],
    // One length per batch (no padding needed).
    nextBatch(size) {
      const n = MIN_LEN + rng.int(MAX_LEN - MIN_LEN + 1);
      const out: ReversePair[] = [];
      while (out.length < size) {
        const s = Array.from({ length: n }, () => rng.int(REVERSE_SYMBOLS.length));
        if (!held.has(s.join(','))) out.push(reversePair(s));
      }
      return out;
    },
  };
}

/** Reads typed symbols: letters a–h kept (at most 12), and what was dropped; `read` counts every letter kept before the cut. */
export function readSymbols(text: string): { ids: number[]; read: number; dropped: string[] } {
  const chars = Array.from(text.toLowerCase());
  const ids = chars.map((c) => REVERSE_SYMBOLS.indexOf(c as (typeof REVERSE_SYMBOLS)[number])).filter((k) => k >= 0);
  const dropped = chars.filter((c) => !REVERSE_SYMBOLS.includes(c as (typeof REVERSE_SYMBOLS)[number]) && c.trim() !== '');
  return { ids: ids.slice(0, 12), read: ids.length, dropped: [...new Set(dropped)] };
}
