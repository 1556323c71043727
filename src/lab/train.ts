/**
 * `npm run lab -- train --task <task> …`: the notebook's training experiments in
 * Node. Progress goes to stdout as one JSON object per line while it trains; the
 * final line is the result object (printed by main). Each task is its own file,
 * registered in TRAIN_TASKS.
 */
import { parseOptions, UsageError } from './args';
import { trainOptions, type TrainOptions } from './train-options';
import { trainLag } from './train-lag';
import { trainLm } from './train-lm';

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
