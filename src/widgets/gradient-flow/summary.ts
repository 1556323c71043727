/** The sentences under the gradient lab: what the picture shows, computed from it. */
import { formatNumber } from '../../viz/scales';
import type { GradientFlowResult, GradientFlowSettings } from './compute';
import type { GradientFlowText } from './text';

export function describeFlow(settings: GradientFlowSettings, result: GradientFlowResult, m: GradientFlowText): string[] {
  const { analysis, theory, clipScale } = result;
  const T = analysis.length;
  const g = analysis.gradFromLast;
  const lines: string[] = [];
  const bad = Array.from(g).findIndex((v) => !Number.isFinite(v));
  if (bad >= 0 || !Number.isFinite(analysis.loss)) {
    lines.push(m.overflow(Number.isNaN(g[bad]), bad + 1));
    return lines;
  }
  const k = settings.truncation > 0 ? Math.min(settings.truncation, T) : 0;
  const first = k > 0 ? Math.floor((T - 1) / k) * k : 0;
  const span = T - 1 - first;
  if (span > 0 && g[T - 1] > 0) {
    const ratio = g[first] / g[T - 1];
    let sentence = m.flow(span, T, first + 1, ratio < 1, formatNumber(ratio));
    if (theory) sentence += m.flowExact(formatNumber(result.radius), span, formatNumber(result.radius ** span));
    else if (settings.cell === 'rnn') sentence += m.flowBound(formatNumber(result.radius ** span));
    lines.push(sentence + m.sentenceEnd);
  }
  if (k > 0 && first > 0) lines.push(m.truncationSummary(k, first));
  if (settings.clip) {
    const norm = formatNumber(analysis.paramGradNorm);
    const threshold = formatNumber(settings.threshold);
    lines.push(clipScale < 1 ? m.clipped(norm, threshold, formatNumber(clipScale)) : m.notClipped(norm, threshold));
  }
  return lines;
}
