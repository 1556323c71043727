/**
 * `train --task lag`: the long-lag recall experiment of chapter 3, as in the page.
 * `--lags one` (the default) trains `--cell` at `--lag`; `--lags <set>` runs the page's
 * lag race: both cells over that set of lags, one after the other, with the same
 * settings and seed as the widget, so its table matches the page's.
 */
import { initBackend } from '../core/backend';
import { runLagExperiment } from '../core/experiments/long-lag';
import { LAG_SETS, type LagSetName } from '../core/experiments/lag-race';
import type { CellKind } from '../core/params';
import { printProgress, stepsOf, type TrainOptions } from './train-options';

interface LagRunResult {
  lag: number;
  steps: number;
  loss: number;
  elapsedMs: number;
  accuracy: number;
}

function runOne(o: TrainOptions, cell: CellKind, lag: number, label: object): LagRunResult {
  let final = { step: 0, accuracy: 0, loss: NaN, elapsedMs: 0 };
  for (const p of runLagExperiment({ cell, lag, steps: stepsOf(o), seed: o.seed, forgetBias: o['forget-bias'] })) {
    if (p.evaluated) printProgress({ ...label, step: p.step, loss: p.loss, accuracy: p.accuracy, gradNorm: p.gradNorm, elapsedMs: p.elapsedMs });
    final = p;
  }
  return { lag, steps: final.step, loss: final.loss, elapsedMs: final.elapsedMs, accuracy: final.accuracy };
}

export async function trainLag(o: TrainOptions): Promise<Record<string, unknown>> {
  const backend = await initBackend(o.backend as 'cpu' | 'wasm');
  const settings = { seed: o.seed, forgetBias: o['forget-bias'], budget: stepsOf(o), backend };
  if (o.lags === 'one') {
    const cell = o.cell as CellKind;
    const { lag, ...run } = runOne(o, cell, o.lag, {});
    return { task: 'lag', cell, lag, ...settings, ...run };
  }
  const lags = LAG_SETS[o.lags as LagSetName];
  const runs: Record<CellKind, LagRunResult[]> = { rnn: [], lstm: [] };
  for (const cell of ['rnn', 'lstm'] as const) for (const lag of lags) runs[cell].push(runOne(o, cell, lag, { cell, lag }));
  return { task: 'lag', lags: o.lags, ...settings, runs };
}
