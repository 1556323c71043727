/**
 * A language model run forward one token at a time in plain typed-array loops, with
 * every intermediate of the lecture's equations kept for display:
 *   e(t) = E x(t);  h(t) = tanh(W_h h(t−1) + W_e e(t) + b_1)  (or the LSTM cell);
 *   ŷ(t) = softmax(U h(t) + b_2).
 * Forward only (no gradient): what generation, teacher forcing, the step-by-step view
 * and perplexity on long held-out text need. Reads the same ParamSet as the tfjs
 * model (one layer, tanh for the simple RNN), so it agrees with it to float tolerance.
 */
import type { CellKind, ParamSet } from './params';
import { LSTM_GATES } from './params';

export interface StepValues {
  /** e(t), length D. */
  embedding: Float64Array;
  /** h(t), length H. */
  hidden: Float64Array;
  /** LSTM: c(t), length H. */
  cell: Float64Array | null;
  /** z = U h(t) + b_2, length V (ŷ = softmax(z)). */
  logits: Float64Array;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** y = M x (+ y when accumulate), M row-major [rows][cols]. */
function matVec(M: Float32Array, rows: number, cols: number, x: Float64Array, y: Float64Array, accumulate: boolean): void {
  for (let r = 0; r < rows; r++) {
    let s = accumulate ? y[r] : 0;
    const off = r * cols;
    for (let c = 0; c < cols; c++) s += M[off + c] * x[c];
    y[r] = s;
  }
}

export class LmStepper {
  readonly cell: CellKind;
  readonly vocab: number;
  readonly embed: number;
  readonly hidden: number;
  private readonly p: ParamSet;
  private h: Float64Array;
  private c: Float64Array;

  constructor(params: ParamSet, cell: CellKind) {
    this.p = params;
    this.cell = cell;
    [this.embed, this.vocab] = params.E.shape as [number, number];
    this.hidden = (cell === 'rnn' ? params.W_h : params.W_f).shape[0];
    this.h = new Float64Array(this.hidden);
    this.c = new Float64Array(this.hidden);
  }

  /** Back to h(0) = 0 (and c(0) = 0). */
  reset(): void {
    this.h = new Float64Array(this.hidden);
    this.c = new Float64Array(this.hidden);
  }

  /** Feeds token `id` as x(t); returns fresh arrays (safe to keep). */
  feed(id: number): StepValues {
    if (!Number.isInteger(id) || id < 0 || id >= this.vocab) throw new Error(`Token id ${id} is outside 0…${this.vocab - 1}.`);
    const { p, hidden: H, embed: D, vocab: V } = this;
    const e = new Float64Array(D);
    for (let d = 0; d < D; d++) e[d] = p.E.data[d * V + id];
    const h = new Float64Array(H);
    let c: Float64Array | null = null;
    if (this.cell === 'rnn') {
      matVec(p.W_h.data, H, H, this.h, h, false);
      matVec(p.W_e.data, H, D, e, h, true);
      for (let i = 0; i < H; i++) h[i] = Math.tanh(h[i] + p.b_1.data[i]);
    } else {
      const gate: Record<string, Float64Array> = {};
      for (const g of LSTM_GATES) {
        const a = new Float64Array(H);
        matVec(p[`W_${g}`].data, H, H, this.h, a, false);
        matVec(p[`U_${g}`].data, H, D, e, a, true);
        const b = p[`b_${g}`].data;
        for (let i = 0; i < H; i++) a[i] = g === 'c' ? Math.tanh(a[i] + b[i]) : sigmoid(a[i] + b[i]);
        gate[g] = a;
      }
      c = new Float64Array(H);
      for (let i = 0; i < H; i++) {
        c[i] = gate.f[i] * this.c[i] + gate.i[i] * gate.c[i];
        h[i] = gate.o[i] * Math.tanh(c[i]);
      }
      this.c = c;
    }
    this.h = h;
    const logits = new Float64Array(V);
    matVec(p.U.data, V, H, h, logits, false);
    for (let v = 0; v < V; v++) logits[v] += p.b_2.data[v];
    return { embedding: e, hidden: h.slice(), cell: c ? c.slice() : null, logits };
  }
}

/** softmax(z / τ) in float64 (τ = 1 by default); max-shifted so large scores do not overflow. */
export function softmax(logits: ArrayLike<number>, temperature = 1): Float64Array {
  const out = new Float64Array(logits.length);
  let max = -Infinity;
  for (let k = 0; k < logits.length; k++) max = Math.max(max, logits[k]);
  let sum = 0;
  for (let k = 0; k < logits.length; k++) sum += out[k] = Math.exp((logits[k] - max) / temperature);
  for (let k = 0; k < out.length; k++) out[k] /= sum;
  return out;
}

/** −log softmax(z)[target], computed as logsumexp(z) − z[target] so a tiny probability does not round to log 0. */
export function crossEntropyOfLogits(logits: ArrayLike<number>, target: number): number {
  let max = -Infinity;
  for (let k = 0; k < logits.length; k++) max = Math.max(max, logits[k]);
  let sum = 0;
  for (let k = 0; k < logits.length; k++) sum += Math.exp(logits[k] - max);
  return max + Math.log(sum) - logits[target];
}

/**
 * Total cross-entropy (nats) of every prediction in `paragraphs` (each token after the
 * first, the state reset at each paragraph's start) and how many there were.
 * `onParagraph` is called after each paragraph (progress, cancellation: return false to stop).
 */
export function stepperCrossEntropy(
  stepper: LmStepper,
  paragraphs: ArrayLike<number>[],
  onParagraph?: (done: number) => boolean | void,
): { total: number; count: number } {
  let total = 0;
  let count = 0;
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    stepper.reset();
    for (let i = 0; i + 1 < p.length; i++) {
      total += crossEntropyOfLogits(stepper.feed(p[i]).logits, p[i + 1]);
      count++;
    }
    if (onParagraph?.(k + 1) === false) break;
  }
  return { total, count };
}
