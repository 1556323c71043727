/** The sentences under the passage, computed from the gradients. */
import { formatNumber } from '../../viz/scales';
import type { TicketsResult, TicketsSettings } from './compute';

const CELL_NAME = { rnn: 'simple RNN', lstm: 'LSTM' } as const;

/** "10^-2.5": the order of magnitude a lecturer reads out. */
export function decades(ratio: number): string {
  if (!(ratio > 0) || !Number.isFinite(ratio)) return formatNumber(ratio);
  const e = Math.log10(ratio);
  return `10^${e < 0 ? '−' : ''}${Math.abs(e).toFixed(1)}`;
}

const setting = (cell: 'rnn' | 'lstm', s: TicketsSettings) =>
  `the ${CELL_NAME[cell]} at ρ = ${s.rho.toFixed(2)}${cell === 'lstm' ? ` and forget-gate bias b_f = ${s.forgetBias}` : ''}`;

export function describeTickets(settings: TicketsSettings, result: TicketsResult): string[] {
  const { shown, other, distance } = result;
  const verb = shown.ratio < 1 ? 'shrinks' : 'grows';
  const lines = [
    `From the blank back to “tickets” (ℓ = ${distance} words), the gradient ${verb} by a factor of ${formatNumber(shown.ratio)} (≈ ${decades(shown.ratio)}) for ${setting(shown.cell, settings)}; ` +
      `${setting(other.cell, settings)} keeps ${formatNumber(other.ratio)} (≈ ${decades(other.ratio)}).`,
  ];
  if (shown.cell === 'rnn') {
    lines.push(`ρ^ℓ = ${settings.rho.toFixed(2)}^${distance} = ${formatNumber(settings.rho ** distance)} bounds what the recurrent matrix alone lets through; every tanh′ ≤ 1 factor pulls it further down.`);
  } else {
    const f = 1 / (1 + Math.exp(-settings.forgetBias));
    lines.push(`With b_f = ${settings.forgetBias} the forget gate starts near σ(b_f) = ${f.toFixed(2)}, so the cell keeps about ${f.toFixed(2)}^${distance} = ${formatNumber(f ** distance)} of itself over ℓ steps: the additive path of Chapter 4.`);
  }
  return lines;
}
