/**
 * The options of `npm run lab -- train` and the progress line every task prints:
 * shared by the command (train.ts) and its tasks (train-lag.ts, train-lm.ts), so
 * the tasks do not import the command that imports them.
 */
import type { OptionSpecs, ParsedOptions } from './args';

export const trainOptions = {
  task: { kind: 'choice', choices: ['lag', 'lm'], default: 'lag', help: 'lag: long-lag recall; lm: character language model' },
  cell: { kind: 'choice', choices: ['rnn', 'lstm'], default: 'lstm', help: 'simple RNN or LSTM' },
  lag: { kind: 'int', min: 0, max: 500, default: 50, help: 'lag task: steps between the token and the question' },
  steps: { kind: 'int', min: 1, max: 1_000_000, default: 1000, help: 'most training steps' },
  seed: { kind: 'int', min: 0, max: 2 ** 32 - 1, default: 1, help: 'seed of weights and data' },
  'forget-bias': { kind: 'number', min: -100, max: 100, default: 3, help: 'LSTM initial forget-gate bias b_f' },
  backend: { kind: 'choice', choices: ['cpu', 'wasm'], default: 'wasm', help: 'tfjs backend' },
} satisfies OptionSpecs;

export type TrainOptions = ParsedOptions<typeof trainOptions>;

/** Writes one progress object as a JSON line. */
export const printProgress = (progress: object) => process.stdout.write(JSON.stringify(progress) + '\n');
