/**
 * The sentences under the charts, computed from the steps: what is happening, and
 * after a blow-up, what happened, where it began, and what clipping would have done.
 */
import { formatNumber } from '../../viz/scales';
import { median } from '../../core/experiments/blow-up';
import type { ExplodingProgress } from '../../worker/tasks/exploding-run';
import { blowUpOf, type ExplodingResults } from './run-state';
import type { ExplodingText } from './text';

/** "NaN" or "∞": how the marker labels a non-finite step (the loss if it broke, else the gradient). */
export function nonFiniteLabel(p: ExplodingProgress): string {
  const v = Number.isFinite(p.loss) ? p.gradNorm : p.loss;
  return Number.isNaN(v) ? 'NaN' : '∞';
}

/** What happened at a blow-up, in two or three sentences. */
export function explainBlowUp(m: ExplodingText, line: readonly ExplodingProgress[], blown: ExplodingProgress, initialRadius: number, threshold: number): string {
  const N = blown.step;
  const from = blown.replayFrom ?? Math.max(1, N - 1);
  const at = (step: number) => line.find((s) => s.step === step);
  const parts = Number.isFinite(blown.loss)
    ? [m.blownAt(N, 'gradient', Number.isNaN(blown.gradNorm))]
    : [m.blownAt(N, 'loss', Number.isNaN(blown.loss))];
  const climb = line.filter((s) => s.step >= from && s.step < N);
  if (climb.length > 0) {
    const peak = climb.reduce((a, s) => (s.gradNorm > a.gradNorm ? s : a));
    const typical = median(line.filter((s) => s.step < from).map((s) => s.gradNorm));
    const before = at(from - 1)?.radius ?? initialRadius;
    const after = at(N - 1)?.radius ?? blown.radius;
    parts.push(m.troubleBegan(from, Number.isFinite(typical) ? formatNumber(typical) : null, formatNumber(peak.gradNorm), peak.step,
      climb.length > 1, formatNumber(before), formatNumber(after)));
  }
  const clipped = threshold > 0 ? threshold : 1;
  parts.push(m.wouldClip(formatNumber(clipped), climb.length > 1));
  return parts.join(' ');
}

/** The status line for the current state of the run. */
export function describeRun(m: ExplodingText, results: ExplodingResults, clipOn: boolean, threshold: number, initialRadius: number): string[] {
  const { main, branch, status } = results;
  const lines: string[] = [];
  if (status === 'idle' && main.length === 0) {
    lines.push(m.idle(clipOn));
    return lines;
  }
  const mainBlown = blowUpOf(main);
  if (mainBlown) lines.push(explainBlowUp(m, main, mainBlown, initialRadius, threshold));
  const branchBlown = blowUpOf(branch);
  if (branch && branch.length > 0) {
    const first = branch[0];
    const last = branch.at(-1)!;
    lines.push(
      branchBlown
        ? m.replayBlown(first.step, branchBlown.step, branchBlown.clip === 0)
        : m.replayFinite(first.step, branch.filter((s) => s.clipped).length, branch.length, formatNumber(last.loss), formatNumber(last.radius)),
    );
    if (branchBlown) lines.push(explainBlowUp(m, branch, branchBlown, initialRadius, threshold));
  } else if (!mainBlown && main.length > 0) {
    const last = main.at(-1)!;
    const clippedCount = main.filter((s) => s.clipped).length;
    const parts = [
      m.progress(last.step, formatNumber(last.loss), formatNumber(last.gradNorm), formatNumber(last.radius)),
      clippedCount > 0 ? m.clippedSome(clippedCount, main.length) : m.clippedNone,
    ];
    if (status === 'finished') parts.push(m.budgetReached);
    lines.push(parts.join(' '));
  }
  return lines;
}
