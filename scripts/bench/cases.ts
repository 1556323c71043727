/**
 * The benchmark cases, shared by the Node run and the browser bench page so both
 * measure the very same work: one forward + BPTT analysis at T=100, H=64, V=50
 * (fast typed-array path, tfjs model, the gradient lab's whole recompute) and one
 * training step of the chapter-1-sized char-LSTM (H=128, embed 32, batch 32, seq 64).
 */
import { initLanguageModel } from '../../src/core/params';
import { createRng } from '../../src/core/random';
import { analyzeSequenceFast } from '../../src/core/fast';
import { RecurrentModel, Trainer, analyzeSequence, nextTokenPairs } from '../../src/core/tfjs-model';
import { computeGradientFlow } from '../../src/widgets/gradient-flow/compute';
import { defaults } from '../../src/state/url-params';
import { gradientFlowSchema } from '../../src/widgets/gradient-flow/schema';
import type { CellKind } from '../../src/core/params';

export const ANALYSIS = { vocab: 50, embed: 16, hidden: 64, length: 100 } as const;
export const CHAR_LSTM = { vocab: 60, embed: 32, hidden: 128, batch: 32, length: 64 } as const;

export interface Timing {
  median: number;
  min: number;
  runs: number;
}

const tokens = (n: number, vocab: number, seed: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.int(vocab));
};

/** Median wall time of `fn` in ms after warm-up, stopping early past `budgetMs`. */
export function timeIt(fn: () => unknown, runs = 25, warmup = 3, budgetMs = 20_000): Timing {
  for (let k = 0; k < warmup; k++) fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < runs && (times.length < 3 || performance.now() - start < budgetMs)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], runs: times.length };
}

/** The hand-written Float32Array pass (the gradient lab's engine). */
export function fastAnalysis(cell: CellKind): () => unknown {
  const params = initLanguageModel({ cell, vocab: ANALYSIS.vocab, embed: ANALYSIS.embed, hidden: ANALYSIS.hidden }, { radius: 1, forgetBias: 1 }, 0);
  const seq = tokens(ANALYSIS.length + 1, ANALYSIS.vocab, 1);
  return () => analyzeSequenceFast(params, { cell, activation: 'tanh' }, seq, { truncation: 0, clip: 1 });
}

/** The same analysis by the tfjs model on the current backend. */
export function tfjsAnalysis(cell: CellKind): { run: () => unknown; dispose: () => void } {
  const model = RecurrentModel.create({ cell, vocab: ANALYSIS.vocab, embed: ANALYSIS.embed, hidden: ANALYSIS.hidden }, { radius: 1, forgetBias: 1 }, 0);
  const input = nextTokenPairs(tokens(ANALYSIS.length + 1, ANALYSIS.vocab, 1));
  return { run: () => analyzeSequence(model, input, { truncation: 0, clip: 1 }), dispose: () => model.dispose() };
}

/** The gradient lab's whole recompute for one slider move (weights, pass, eigenvalues), T = 100. */
export function gradientLabRecompute(cell: CellKind): () => unknown {
  let rho = 0.9;
  const base = { ...defaults(gradientFlowSchema), cell, length: 100, activation: 'tanh' as const };
  return () => {
    rho = rho > 1.4 ? 0.6 : rho + 0.01; // a new ρ every call, as a drag does
    return computeGradientFlow({ ...base, rho });
  };
}

/**
 * One Adam step of the char-LSTM on random text; returns characters per step.
 * @param backward 'auto' = the trainer's default (the explicit backward pass);
 *   'autograd' = tf.variableGrads, for the side-by-side ratio.
 */
export function charLstmStep(seed = 0, backward: 'auto' | 'autograd' = 'auto'): { run: () => unknown; charsPerStep: number; dispose: () => void } {
  const { vocab, embed, hidden, batch, length } = CHAR_LSTM;
  const model = RecurrentModel.create({ cell: 'lstm', vocab, embed, hidden, head: 'lm' }, { radius: 1, forgetBias: 1 }, seed);
  const trainer = new Trainer(model, { optimizer: 'adam', learningRate: 0.003, clip: 1, truncation: 0, backward });
  const rng = createRng(seed + 7);
  const batchOf = () => {
    const inputs: number[][] = [];
    const targets: number[][] = [];
    for (let b = 0; b < batch; b++) {
      const seq = Array.from({ length: length + 1 }, () => rng.int(vocab));
      inputs.push(seq.slice(0, length));
      targets.push(seq.slice(1));
    }
    return { inputs, targets };
  };
  return {
    run: () => trainer.step(batchOf()),
    charsPerStep: batch * length,
    dispose: () => {
      trainer.dispose();
      model.dispose();
    },
  };
}
