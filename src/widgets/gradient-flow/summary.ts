/** The sentences under the gradient lab: what the picture shows, computed from it. */
import { formatNumber } from '../../viz/scales';
import type { GradientFlowResult, GradientFlowSettings } from './compute';

export function describeFlow(settings: GradientFlowSettings, result: GradientFlowResult): string[] {
  const { analysis, theory, clipScale } = result;
  const T = analysis.length;
  const g = analysis.gradFromLast;
  const lines: string[] = [];
  const bad = Array.from(g).findIndex((v) => !Number.isFinite(v));
  if (bad >= 0 || !Number.isFinite(analysis.loss)) {
    lines.push(
      `The numbers overflowed: a gradient became ${Number.isNaN(g[bad]) ? 'NaN' : 'infinite'} at step ${bad + 1}. ` +
        'Products of many large Jacobians exceed float32. Clipping rescales the parameter gradient before the update, so training would not take this step at full size.',
    );
    return lines;
  }
  const k = settings.truncation > 0 ? Math.min(settings.truncation, T) : 0;
  const first = k > 0 ? Math.floor((T - 1) / k) * k : 0;
  const span = T - 1 - first;
  if (span > 0 && g[T - 1] > 0) {
    const ratio = g[first] / g[T - 1];
    const verb = ratio < 1 ? 'shrinks' : 'grows';
    let sentence = `Flowing back ℓ = ${span} steps from the loss at step ${T} to step ${first + 1}, the gradient ${verb} by a factor of ${formatNumber(ratio)}`;
    if (theory) sentence += ` — exactly ρ^ℓ = ${formatNumber(result.radius)}^${span} = ${formatNumber(result.radius ** span)}, as the proof predicts for a linear RNN`;
    else if (settings.cell === 'rnn') sentence += `; ρ^ℓ alone would give ${formatNumber(result.radius ** span)}, and each σ′ ≤ γ factor pulls it further down`;
    lines.push(`${sentence}.`);
  }
  if (k > 0 && first > 0) lines.push(`Truncation with window k = ${k}: no gradient from J(T) reaches steps 1–${first}; it is exactly zero there, whatever ρ is.`);
  if (settings.clip) {
    lines.push(
      clipScale < 1
        ? `Clipping: the parameter gradient's norm ${formatNumber(analysis.paramGradNorm)} is above the threshold ${formatNumber(settings.threshold)}, so the whole update is scaled by ${formatNumber(clipScale)} — same direction, every arrow scaled alike. Clipping tames the step size; it does not bring back the vanished far-away part.`
        : `Clipping is on, but the parameter gradient's norm ${formatNumber(analysis.paramGradNorm)} is below the threshold ${formatNumber(settings.threshold)}, so nothing changes.`,
    );
  }
  return lines;
}
