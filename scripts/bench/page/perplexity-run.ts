/**
 * Chapter 1's char-LSTM trained from scratch for a fixed time, exactly as the page's
 * worker does (src/worker/tasks/lm-train.ts: CharLmSession, held-out loss every 10
 * steps), reporting held-out perplexity per character against the clock.
 */
import { CharLmSession } from '../../../src/core/experiments/char-lm';
import type { CharCorpus } from '../../../src/data/char-corpus';

/** As in lm-train.ts. */
const HELD_OUT_EVERY_STEPS = 10;

export interface PerplexityRun {
  seconds: number;
  steps: number;
  charsPerSecond: number;
  /** exp(held-out cross-entropy) at the end: the budget's figure. */
  perplexity: number;
  /** Held-out perplexity before training. */
  initialPerplexity: number;
  /** [seconds, perplexity] at each held-out evaluation. */
  curve: [number, number][];
}

export function perplexityAfter(corpus: CharCorpus, budgetMs: number, seed = 0): PerplexityRun {
  const session = new CharLmSession(corpus, { cell: 'lstm', seed });
  try {
    const initialPerplexity = Math.exp(session.heldOutLoss());
    const curve: [number, number][] = [];
    const t0 = performance.now();
    let elapsed = 0;
    while (elapsed < budgetMs) {
      const r = session.trainStep();
      elapsed = performance.now() - t0;
      if (r.step % HELD_OUT_EVERY_STEPS === 0) {
        curve.push([elapsed / 1000, Math.exp(session.heldOutLoss())]);
        elapsed = performance.now() - t0;
      }
    }
    const perplexity = Math.exp(session.heldOutLoss());
    const seconds = (performance.now() - t0) / 1000;
    curve.push([seconds, perplexity]);
    return { seconds, steps: session.step, charsPerSecond: (session.step * session.batch * session.length) / seconds, perplexity, initialPerplexity, curve };
  } finally {
    session.dispose();
  }
}
