/**
 * Worker task: one exploding-gradients run, kept alive between jobs so the page can
 * pause, step, change clipping or the learning rate (a new job continues the same
 * run with the new controls: latest request wins) and rewind for a clipped replay.
 * Each step is streamed; the run pauses at the first non-finite step and names the
 * step to replay from.
 */
import type { Task } from '../protocol';
import { ExplodingRun, type ExplodingStep, type StepControls } from '../../core/experiments/exploding';

export interface ExplodingJob {
  /** Start a new run with these settings (otherwise continue the current one). */
  fresh?: { rho: number; seed: number };
  /** Rewind to just before this step first: the replay branch starts here. */
  rewindTo?: number;
  controls: StepControls;
  /** Most steps this job takes (1 for the Step button). */
  maxSteps: number;
  /** The run's step budget: no step beyond it. */
  lastStep: number;
  /** Pause between steps, so a person can watch the curves grow. */
  delayMs: number;
}

export interface ExplodingProgress extends ExplodingStep {
  /** On a non-finite step: where a clipped replay should start. */
  replayFrom?: number;
}

export type ExplodingJobEnd = 'blew-up' | 'budget' | 'steps';

let run: ExplodingRun | null = null;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const explodingRunTask: Task = async (payload, context) => {
  const job = payload as ExplodingJob;
  if (job.fresh) {
    run?.dispose();
    run = new ExplodingRun(job.fresh);
  }
  if (!run) throw new Error('No training run to continue: press Reset and start again.');
  if (job.rewindTo !== undefined) run.rewind(job.rewindTo);
  for (let taken = 0; taken < job.maxSteps; taken++) {
    if (run.nextStep > job.lastStep) return { result: 'budget' satisfies ExplodingJobEnd };
    const step = run.step(job.controls);
    const progress: ExplodingProgress = step.nonFinite ? { ...step, replayFrom: run.replayPoint(step.step) } : step;
    context.progress(progress);
    if (step.nonFinite) return { result: 'blew-up' satisfies ExplodingJobEnd };
    // Check for a cancel (pause, new controls) right after every wait, before touching the run again.
    await (job.delayMs > 0 ? sleep(job.delayMs) : context.yieldToEvents());
    if (context.cancelled()) return { result: null };
  }
  return { result: (run.nextStep > job.lastStep ? 'budget' : 'steps') satisfies ExplodingJobEnd };
};
