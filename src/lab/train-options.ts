/**
 * The options of `npm run lab -- train` and the progress line every task prints:
 * shared by the command (train.ts) and its tasks (train-lag.ts, train-lm.ts), so
 * the tasks do not import the command that imports them.
 */
import type { OptionSpecs, ParsedOptions } from './args';
import { LAG_RACE_DEFAULTS, LAG_RACE_LONGEST, LAG_SET_NAMES } from '../core/experiments/lag-race';

/** Each task's step budget when --steps is left at 0: the lag task's is the page's lag race's. */
export const TASK_STEPS = { lag: LAG_RACE_DEFAULTS.steps, lm: 1000 } as const;

export const trainOptions = {
  task: { kind: 'choice', choices: ['lag', 'lm'], default: 'lag', help: 'lag: long-lag recall; lm: character language model' },
  cell: { kind: 'choice', choices: ['rnn', 'lstm'], default: 'lstm', help: 'simple RNN or LSTM' },
  lag: { kind: 'int', min: 0, max: 500, default: LAG_RACE_LONGEST, help: 'lag task: steps between the token and the question' },
  lags: {
    kind: 'choice', choices: ['one', ...LAG_SET_NAMES], default: 'one',
    help: "lag task: 'one' trains --cell at --lag; a set's name races both cells over the page's set of lags",
  },
  steps: { kind: 'int', min: 0, max: 1_000_000, default: 0, help: `most training steps (0: the task's own, lag ${TASK_STEPS.lag}, lm ${TASK_STEPS.lm})` },
  seed: { kind: 'int', min: 0, max: 2 ** 32 - 1, default: LAG_RACE_DEFAULTS.seed, help: 'seed of weights and data' },
  'forget-bias': { kind: 'number', min: -100, max: 100, default: LAG_RACE_DEFAULTS.forgetBias, help: 'LSTM initial forget-gate bias b_f' },
  backend: { kind: 'choice', choices: ['cpu', 'wasm'], default: 'wasm', help: 'tfjs backend' },
} satisfies OptionSpecs;

export type TrainOptions = ParsedOptions<typeof trainOptions>;

/** The step budget a task runs: --steps, or the task's own when it is 0. */
export const stepsOf = (o: TrainOptions) => o.steps || TASK_STEPS[o.task as keyof typeof TASK_STEPS];

/** Writes one progress object as a JSON line. */
export const printProgress = (progress: object) => process.stdout.write(JSON.stringify(progress) + '\n');
