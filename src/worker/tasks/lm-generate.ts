/**
 * Worker task: generation from a shipped model, one character at a time — feed the
 * start token and the prompt, then sample x(t+1) from ŷ(t) at temperature τ and feed
 * it back, until the end token or the length limit. Each sampled character is sent
 * with the top of the distribution it was drawn from, as it is produced.
 */
import type { Task } from '../protocol';
import type { CellKind } from '../../core/params';
import { LmStepper, softmax } from '../../core/lm-stepper';
import { sampleFromLogits } from '../../core/sample';
import { createRng } from '../../core/random';
import { END, START } from '../../data/char-vocab';
import { loadingMessage, workerWeights, type LoadingProgress } from './lm-assets';

export interface LmGeneratePayload {
  baseUrl: string;
  cell: CellKind;
  /** Prompt token ids (already encoded; may be empty: then only the start token is fed). */
  prompt: number[];
  temperature: number;
  maxLength: number;
  seed: number;
  /** Pause between characters, so a reader sees them arrive. */
  delayMs: number;
}

export interface SampledChar {
  phase: 'sampled';
  index: number;
  id: number;
  /** Probability of the sampled token under ŷ(t) at temperature τ. */
  p: number;
  /** The most likely tokens under ŷ(t) at temperature τ, best first. */
  top: { id: number; p: number }[];
}

export type LmGenerateProgress = LoadingProgress | SampledChar;

const TOP = 8;

export const lmGenerateTask: Task = async (payload, context) => {
  const o = payload as LmGeneratePayload;
  const weights = await workerWeights(o.baseUrl, o.cell, (p) => context.progress(loadingMessage(p)));
  const stepper = new LmStepper(weights.params, o.cell);
  const rng = createRng(o.seed);
  let logits = stepper.feed(START).logits;
  for (const id of o.prompt) logits = stepper.feed(id).logits;
  const out: number[] = [];
  for (let k = 0; k < o.maxLength; k++) {
    const id = sampleFromLogits(logits, o.temperature, rng.next);
    // The distribution actually sampled from (τ → 0: all mass on the argmax).
    const probs = o.temperature < 1e-3 ? Float64Array.from(logits, (_, v) => (v === id ? 1 : 0)) : softmax(logits, o.temperature);
    const top = Array.from(probs, (p, v) => ({ id: v, p })).sort((a, b) => b.p - a.p).slice(0, TOP);
    context.progress({ phase: 'sampled', index: k, id, p: probs[id], top } satisfies SampledChar);
    out.push(id);
    if (id === END) break;
    logits = stepper.feed(id).logits;
    await new Promise((r) => setTimeout(r, o.delayMs));
    if (context.cancelled()) return { result: null };
  }
  return { result: { ids: out, stopped: out.at(-1) === END ? 'end token' : 'length limit' } };
};
