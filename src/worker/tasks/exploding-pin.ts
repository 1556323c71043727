/**
 * Worker task: a pinned exploding-gradients run, recomputed from its settings. A run
 * of its own (the live run is left alone), the controls held fixed from step 1, up
 * to `steps` steps or the first non-finite one, returned whole.
 */
import type { Task } from '../protocol';
import { ExplodingRun, type ExplodingStep, type StepControls } from '../../core/experiments/exploding';

export interface ExplodingPinJob {
  rho: number;
  seed: number;
  controls: StepControls;
  steps: number;
}

export const explodingPinTask: Task = async (payload, context) => {
  const job = payload as ExplodingPinJob;
  const run = new ExplodingRun({ rho: job.rho, seed: job.seed });
  const steps: ExplodingStep[] = [];
  try {
    while (run.nextStep <= job.steps) {
      const step = run.step(job.controls);
      steps.push(step);
      if (step.nonFinite) break;
      if (step.step % 20 === 0) {
        await context.yieldToEvents();
        if (context.cancelled()) return { result: null };
      }
    }
  } finally {
    run.dispose();
  }
  return { result: steps };
};
