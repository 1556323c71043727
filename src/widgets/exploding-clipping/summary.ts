/**
 * The sentences under the charts, computed from the steps: what is happening, and
 * after a blow-up, what happened, where it began, and what clipping would have done.
 */
import { formatNumber } from '../../viz/scales';
import { median } from '../../core/experiments/blow-up';
import type { ExplodingProgress } from '../../worker/tasks/exploding-run';
import { blowUpOf, type ExplodingResults } from './run-state';

const overflowWord = (v: number) => (Number.isNaN(v) ? 'NaN' : 'infinite');

/** "NaN" or "∞": how the marker labels a non-finite step (the loss if it broke, else the gradient). */
export function nonFiniteLabel(p: ExplodingProgress): string {
  const v = Number.isFinite(p.loss) ? p.gradNorm : p.loss;
  return Number.isNaN(v) ? 'NaN' : '∞';
}

/** What happened at a blow-up, in two or three sentences. */
export function explainBlowUp(line: readonly ExplodingProgress[], blown: ExplodingProgress, initialRadius: number, threshold: number): string {
  const N = blown.step;
  const from = blown.replayFrom ?? Math.max(1, N - 1);
  const at = (step: number) => line.find((s) => s.step === step);
  const what = Number.isFinite(blown.loss)
    ? `the gradient became ${overflowWord(blown.gradNorm)}`
    : `the loss became ${overflowWord(blown.loss)}`;
  const parts = [`At step ${N} ${what}, so that update was skipped and training paused.`];
  const climb = line.filter((s) => s.step >= from && s.step < N);
  if (climb.length > 0) {
    const peak = climb.reduce((a, s) => (s.gradNorm > a.gradNorm ? s : a));
    const typical = median(line.filter((s) => s.step < from).map((s) => s.gradNorm));
    const before = at(from - 1)?.radius ?? initialRadius;
    const after = at(N - 1)?.radius ?? blown.radius;
    parts.push(
      `The trouble began at step ${from}: the gradient norm climbed${Number.isFinite(typical) ? ` from a typical ${formatNumber(typical)}` : ''} to ${formatNumber(peak.gradNorm)} at step ${peak.step}, ` +
        `and ${climb.length > 1 ? 'those updates' : 'that update'} threw the weights so far — W_h’s spectral radius went from ${formatNumber(before)} to ${formatNumber(after)} — that the next forward pass overflowed.`,
    );
  }
  const clipped = threshold > 0 ? threshold : 1;
  parts.push(
    `Clipping at ${formatNumber(clipped)} would have scaled ${climb.length > 1 ? 'each of those steps' : 'that step'} down to length ${formatNumber(clipped)}: same direction, a step of at most α·${formatNumber(clipped)}.`,
  );
  return parts.join(' ');
}

/** The status line for the current state of the run. */
export function describeRun(results: ExplodingResults, clipOn: boolean, threshold: number, initialRadius: number): string[] {
  const { main, branch, status } = results;
  const lines: string[] = [];
  if (status === 'idle' && main.length === 0) {
    lines.push(`Press Train: a simple RNN (identity activation, 32 units, W_h = ρ·Q) learns to recall a symbol 10 steps back, by plain SGD. ${clipOn ? 'Clipping is on.' : 'Clipping is off: every step uses the full gradient.'}`);
    return lines;
  }
  const mainBlown = blowUpOf(main);
  if (mainBlown) lines.push(explainBlowUp(main, mainBlown, initialRadius, threshold));
  const branchBlown = blowUpOf(branch);
  if (branch && branch.length > 0) {
    const first = branch[0];
    const last = branch.at(-1)!;
    lines.push(
      branchBlown
        ? `The replay from step ${first.step} blew up too, at step ${branchBlown.step}${branchBlown.clip === 0 ? ' (clipping was off by then)' : ''}.`
        : `Replay from step ${first.step} with clipping: ${branch.filter((s) => s.clipped).length} of ${branch.length} steps were scaled down, every loss stayed finite; loss now ${formatNumber(last.loss)}, ρ(W_h) = ${formatNumber(last.radius)}.`,
    );
    if (branchBlown) lines.push(explainBlowUp(branch, branchBlown, initialRadius, threshold));
  } else if (!mainBlown && main.length > 0) {
    const last = main.at(-1)!;
    const clippedCount = main.filter((s) => s.clipped).length;
    lines.push(
      `Step ${last.step}: loss ${formatNumber(last.loss)}, ‖∂J/∂θ‖ = ${formatNumber(last.gradNorm)}, ρ(W_h) = ${formatNumber(last.radius)}. ` +
        (clippedCount > 0 ? `Clipping scaled ${clippedCount} of ${main.length} steps down.` : 'No step has been clipped.') +
        (status === 'finished' ? ' The run reached its step budget without a NaN.' : ''),
    );
  }
  return lines;
}
