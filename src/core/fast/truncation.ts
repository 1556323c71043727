/**
 * Chunked truncated BPTT, 0-based steps. With window k the chunks are steps
 * [0, k), [k, 2k), …: the state is carried forward across a boundary, but no
 * gradient flows back across it. k = 0 means one chunk (full BPTT).
 */

/** True when step t is the first of its chunk, so the gradient must not pass to t−1. */
export function startsChunk(t: number, k: number): boolean {
  return t === 0 || (k > 0 && t % k === 0);
}

/** First step of the chunk that holds step t. */
export function chunkStart(t: number, k: number): number {
  return k > 0 ? t - (t % k) : 0;
}
