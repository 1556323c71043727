/**
 * Moby-Dick as chapter 1's models see it: paragraphs of token ids, each read as
 * ‹start› characters… ‹end›. The corpus files (public/data/, made by
 * scripts/build-corpus.ts) hold one normalised paragraph per line: a training file
 * and a held-out file of whole chapters the models never train on.
 */
import { createRng } from '../core/random';
import { END, START, encodeText } from './char-vocab';

export const CORPUS_FILES = { train: 'data/moby-dick-train.txt', heldOut: 'data/moby-dick-held-out.txt' } as const;

export interface CharCorpus {
  /** Training paragraphs, each [START, …ids, END]. */
  train: Int32Array[];
  /** Held-out paragraphs, each [START, …ids, END]. */
  heldOut: Int32Array[];
}

/** One paragraph per non-empty line → [START, …, END] id arrays. */
export function parseParagraphs(text: string): Int32Array[] {
  const out: Int32Array[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    out.push(Int32Array.from([START, ...encodeText(line).ids, END]));
  }
  return out;
}

export function parseCorpus(trainText: string, heldOutText: string): CharCorpus {
  return { train: parseParagraphs(trainText), heldOut: parseParagraphs(heldOutText) };
}

/** All paragraphs back to back: the stream training windows are cut from. */
export function concatParagraphs(paragraphs: Int32Array[]): Int32Array {
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  const out = new Int32Array(total);
  let at = 0;
  for (const p of paragraphs) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Number of predictions (targets) a set of paragraphs holds: every token after ‹start›. */
export function countTargets(paragraphs: Int32Array[]): number {
  return paragraphs.reduce((n, p) => n + p.length - 1, 0);
}

export interface WindowBatch {
  /** B windows of T inputs. */
  inputs: Int32Array[];
  /** The same windows shifted by one: the next character at each step. */
  targets: Int32Array[];
}

/** Cuts window `start … start+T` of the stream into inputs and next-token targets. */
function windowAt(stream: Int32Array, start: number, T: number): { input: Int32Array; target: Int32Array } {
  return { input: stream.slice(start, start + T), target: stream.slice(start + 1, start + T + 1) };
}

/**
 * A seeded endless source of training mini-batches: B windows of T characters at
 * random places in the stream (SGD on chunks of text, not the whole corpus).
 */
export function windowBatches(stream: Int32Array, batch: number, length: number, seed: number): () => WindowBatch {
  if (stream.length < length + 2) throw new Error(`The text is too short (${stream.length} tokens) for windows of ${length}.`);
  const rng = createRng(seed);
  return () => {
    const inputs: Int32Array[] = [];
    const targets: Int32Array[] = [];
    for (let b = 0; b < batch; b++) {
      const w = windowAt(stream, rng.int(stream.length - length - 1), length);
      inputs.push(w.input);
      targets.push(w.target);
    }
    return { inputs, targets };
  };
}

/** Fixed, evenly spaced windows of the held-out stream: the same every time, for a comparable curve. */
export function evenWindows(stream: Int32Array, count: number, length: number): WindowBatch {
  const inputs: Int32Array[] = [];
  const targets: Int32Array[] = [];
  const span = Math.max(1, Math.floor((stream.length - length - 1) / count));
  for (let k = 0; k < count && k * span + length + 1 <= stream.length; k++) {
    const w = windowAt(stream, k * span, length);
    inputs.push(w.input);
    targets.push(w.target);
  }
  return { inputs, targets };
}

/** The first paragraphs holding at least `targets` predictions (all of them if fewer). */
export function firstParagraphs(paragraphs: Int32Array[], targets: number): Int32Array[] {
  const out: Int32Array[] = [];
  let n = 0;
  for (const p of paragraphs) {
    if (n >= targets) break;
    out.push(p);
    n += p.length - 1;
  }
  return out;
}
