/** The sentences under the passage, computed from the gradients. */
import { formatNumber } from '../../viz/scales';
import type { TicketsResult, TicketsSettings } from './compute';
import type { CellSetting, TicketsText } from './text';

/** "10^-2.5": the order of magnitude a lecturer reads out. */
export function decades(ratio: number): string {
  if (!(ratio > 0) || !Number.isFinite(ratio)) return formatNumber(ratio);
  const e = Math.log10(ratio);
  return `10^${e < 0 ? '−' : ''}${Math.abs(e).toFixed(1)}`;
}

const setting = (cell: 'rnn' | 'lstm', s: TicketsSettings): CellSetting => ({ cell, rho: s.rho.toFixed(2), forgetBias: s.forgetBias });

export function describeTickets(m: TicketsText, settings: TicketsSettings, result: TicketsResult): string[] {
  const { shown, other, distance } = result;
  const lines = [
    m.fromBlank(distance, shown.ratio < 1, formatNumber(shown.ratio), decades(shown.ratio), setting(shown.cell, settings), setting(other.cell, settings),
      formatNumber(other.ratio), decades(other.ratio)),
  ];
  if (shown.cell === 'rnn') {
    lines.push(m.rnnBound(settings.rho.toFixed(2), distance, formatNumber(settings.rho ** distance)));
  } else {
    const f = 1 / (1 + Math.exp(-settings.forgetBias));
    lines.push(m.lstmKeep(settings.forgetBias, f.toFixed(2), distance, formatNumber(f ** distance)));
  }
  return lines;
}
