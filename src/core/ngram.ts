/**
 * A count-based character n-gram language model with interpolated Kneser–Ney
 * smoothing (Kneser & Ney 1995; Chen & Goodman 1998): the kind of model at the top
 * of the lecture's perplexity table, built here on the same text as the RNNs.
 *
 *   P_k(w | ctx) = max(c_k(ctx w) − D_k, 0) / c_k(ctx) + D_k · N_k(ctx •) / c_k(ctx) · P_{k−1}(w | ctx′)
 *
 * ctx′ drops the oldest token; c_n are raw counts, lower orders use continuation
 * counts N1+(• ctx w) (in how many contexts a sequence appears, not how often);
 * P_0 is uniform, so every token keeps some probability. Contexts are padded on the
 * left with the start token. Plain numbers only: no tfjs.
 */

export interface NgramModel {
  order: number;
  vocab: number;
  /** Discount D_k for k = 1…order (index k−1). */
  discounts: number[];
  /** Per order k (index k−1): count of (context + next token), keyed by the token string. */
  counts: Map<string, number>[];
  /** Per order k: for each context, [total count, number of distinct next tokens]. */
  contexts: Map<string, [number, number]>[];
}

/** Token ids as a compact string key (ids < 65 536). */
const key = (ids: ArrayLike<number>, from: number, to: number): string => {
  let s = '';
  for (let k = from; k < to; k++) s += String.fromCharCode(ids[k]);
  return s;
};

/** Left-pads a paragraph with order−1 start tokens (the paragraph's own first token is the start token). */
function padded(paragraph: ArrayLike<number>, order: number, start: number): Int32Array {
  const pad = Math.max(0, order - 2);
  const out = new Int32Array(paragraph.length + pad).fill(start);
  out.set(Array.from(paragraph), pad);
  return out;
}

function contextTotals(counts: Map<string, number>): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const [k, c] of counts) {
    const ctx = k.slice(0, -1);
    const t = out.get(ctx);
    if (t) {
      t[0] += c;
      t[1] += 1;
    } else out.set(ctx, [c, 1]);
  }
  return out;
}

/** Ney's discount n1 / (n1 + 2 n2), kept inside (0, 1). */
function discount(counts: Map<string, number>): number {
  let n1 = 0, n2 = 0;
  for (const c of counts.values()) {
    if (c === 1) n1++;
    else if (c === 2) n2++;
  }
  const d = n1 + 2 * n2 > 0 ? n1 / (n1 + 2 * n2) : 0.5;
  return Math.min(0.95, Math.max(0.05, d));
}

/**
 * Counts n-grams of each paragraph ([start, …, end] ids): every token after the first
 * is a prediction, conditioned on at most order−1 tokens of its own paragraph.
 */
export function trainNgram(paragraphs: ArrayLike<number>[], order: number, vocab: number, start = 0): NgramModel {
  if (!Number.isInteger(order) || order < 1 || order > 12) throw new Error(`The n-gram order must be a whole number from 1 to 12, got ${order}.`);
  const top = new Map<string, number>();
  for (const p of paragraphs) {
    const s = padded(p, order, start);
    const first = s.length - p.length + 1;
    for (let i = first; i < s.length; i++) {
      const k = key(s, i - order + 1, i + 1);
      top.set(k, (top.get(k) ?? 0) + 1);
    }
  }
  const counts: Map<string, number>[] = new Array(order);
  counts[order - 1] = top;
  // Continuation counts: in how many distinct one-longer contexts each sequence appears.
  for (let k = order - 1; k >= 1; k--) {
    const lower = new Map<string, number>();
    for (const longer of counts[k].keys()) {
      const suffix = longer.slice(1);
      lower.set(suffix, (lower.get(suffix) ?? 0) + 1);
    }
    counts[k - 1] = lower;
  }
  return { order, vocab, discounts: counts.map(discount), counts, contexts: counts.map(contextTotals) };
}

/** The last order−1 tokens of `history`, padded on the left with the start token. */
function contextKey(model: NgramModel, history: ArrayLike<number>, start: number): string {
  let s = '';
  for (let k = history.length - model.order + 1; k < history.length; k++) s += String.fromCharCode(k >= 0 ? history[k] : start);
  return s;
}

/** P(w | history) by the interpolated Kneser–Ney recursion, lowest order first. */
export function ngramProbability(model: NgramModel, history: ArrayLike<number>, w: number, start = 0): number {
  const ctxAll = contextKey(model, history, start);
  const wKey = String.fromCharCode(w);
  let p = 1 / model.vocab;
  for (let k = 1; k <= model.order; k++) {
    const ctx = ctxAll.slice(ctxAll.length - (k - 1));
    const stats = model.contexts[k - 1].get(k === 1 ? '' : ctx);
    if (!stats) continue;
    const [total, types] = stats;
    const c = model.counts[k - 1].get((k === 1 ? '' : ctx) + wKey) ?? 0;
    const D = model.discounts[k - 1];
    p = Math.max(c - D, 0) / total + ((D * types) / total) * p;
  }
  return p;
}

/** ŷ over the whole vocabulary for the next token after `history` (sums to 1). */
export function ngramDistribution(model: NgramModel, history: ArrayLike<number>, start = 0): Float64Array {
  const out = new Float64Array(model.vocab);
  for (let w = 0; w < model.vocab; w++) out[w] = ngramProbability(model, history, w, start);
  return out;
}

/**
 * Total −log P (nats) of every prediction in `paragraphs` (each token after the
 * first, given its own paragraph so far) and how many there were.
 */
export function ngramCrossEntropy(model: NgramModel, paragraphs: ArrayLike<number>[], start = 0): { total: number; count: number } {
  let total = 0;
  let count = 0;
  for (const p of paragraphs) {
    for (let i = 1; i < p.length; i++) {
      total -= Math.log(ngramProbability(model, Array.prototype.slice.call(p, Math.max(0, i - model.order + 1), i), p[i], start));
      count++;
    }
  }
  return { total, count };
}
