/**
 * `npm run lab -- train --task <task> …`: the notebook's training experiments in
 * Node. Progress goes to stdout as one JSON object per line while it trains; the
 * final line is the result object (printed by main). Each task is its own file,
 * registered in TRAIN_TASKS.
 */
import { parseOptions, UsageError, type OptionSpecs, type ParsedOptions } from './args';
import { trainLag } from './train-lag';
import { trainLm } from './train-lm';

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

type TrainTask = (options: TrainOptions) => Promise<Record<string, unknown>>;

const TRAIN_TASKS: Record<string, TrainTask> = {
  lag: trainLag,
  lm: trainLm,
};

export async function runTrain(argv: readonly string[]): Promise<Record<string, unknown>> {
  const options = parseOptions(argv, trainOptions);
  const task = TRAIN_TASKS[options.task];
  if (!task) throw new UsageError(`--task ${options.task} is not available yet (tasks: ${Object.keys(TRAIN_TASKS).join(', ')}).`);
  return task(options);
}
