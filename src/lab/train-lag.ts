/** `train --task lag`: the long-lag recall experiment of chapter 3, as in the page. */
import { initBackend } from '../core/backend';
import { runLagExperiment } from '../core/experiments/long-lag';
import type { CellKind } from '../core/params';
import { printProgress, type TrainOptions } from './train-options';

export async function trainLag(o: TrainOptions): Promise<Record<string, unknown>> {
  const backend = await initBackend(o.backend as 'cpu' | 'wasm');
  const cell = o.cell as CellKind;
  let final = { step: 0, accuracy: 0, loss: NaN, elapsedMs: 0 };
  for (const p of runLagExperiment({ cell, lag: o.lag, steps: o.steps, seed: o.seed, forgetBias: o['forget-bias'] })) {
    if (p.evaluated) printProgress({ step: p.step, loss: p.loss, accuracy: p.accuracy, gradNorm: p.gradNorm, elapsedMs: p.elapsedMs });
    final = p;
  }
  return { task: 'lag', cell, lag: o.lag, seed: o.seed, backend, steps: final.step, loss: final.loss, elapsedMs: final.elapsedMs, accuracy: final.accuracy };
}
