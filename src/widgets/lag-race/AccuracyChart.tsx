/**
 * Held-out recall accuracy against the lag, one line per cell, chance marked. A lag
 * still training is drawn hollow with its current accuracy.
 */
import { scalePoint, scaleLinear, line } from 'd3';
import { AxisLeft } from '../../viz/Axis';
import { GATE_COLOURS } from '../../viz/scales';
import type { CellKind } from '../../core/params';
import type { RaceResults } from './race-state';
import { LAG_SYMBOLS } from '../../data/long-lag';
import { lagRaceText, type LagRaceText } from './text';
import { useMessages } from '../../app/messages';

export const CELL_STYLE: Record<CellKind, { colour: string }> = {
  rnn: { colour: GATE_COLOURS.hidden },
  lstm: { colour: GATE_COLOURS.cell },
};

export const cellName = (m: LagRaceText, cell: CellKind) => (cell === 'rnn' ? m.simpleRnn : m.lstm);

const HEIGHT = 240;
const M = { top: 14, right: 16, bottom: 44, left: 56 };

export function AccuracyChart({ lags, runs, width }: { lags: readonly number[]; runs: RaceResults['runs']; width: number }) {
  const m = useMessages(lagRaceText);
  const x = scalePoint<number>().domain(lags).range([M.left, width - M.right]).padding(0.4);
  const y = scaleLinear().domain([0, 1]).range([HEIGHT - M.bottom, M.top]);
  const chance = 1 / LAG_SYMBOLS;
  return (
    <svg className="chart accuracy-chart" viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT} role="img"
      aria-label={m.chart}>
      <AxisLeft scale={y} offset={M.left} ticks={5} format={(v) => `${Math.round(v * 100)}%`} label={m.accuracyAxis} />
      <g transform={`translate(0,${HEIGHT - M.bottom})`} aria-hidden="true">
        <line x1={M.left} x2={width - M.right} stroke="currentColor" strokeOpacity={0.4} />
        {lags.map((lag) => (
          <text key={lag} x={x(lag)} y={17} textAnchor="middle" fontSize={11} fill="currentColor">{lag}</text>
        ))}
        <text x={(M.left + width - M.right) / 2} y={36} textAnchor="middle" fontSize={12} fill="currentColor">{m.lagAxis}</text>
      </g>
      <line x1={M.left} x2={width - M.right} y1={y(chance)} y2={y(chance)} stroke="currentColor" strokeDasharray="4 4" strokeOpacity={0.6} />
      <text x={width - M.right} y={y(chance) - 5} textAnchor="end" fontSize={10} fill="currentColor">{m.chance(LAG_SYMBOLS)}</text>
      {(Object.keys(CELL_STYLE) as CellKind[]).map((cell) => {
        const points = lags.filter((lag) => runs[cell][lag]).map((lag) => ({ lag, run: runs[cell][lag] }));
        const d = line<(typeof points)[number]>().x((p) => x(p.lag) ?? 0).y((p) => y(p.run.accuracy))(points) ?? '';
        const { colour } = CELL_STYLE[cell];
        return (
          <g key={cell} data-cell={cell}>
            <path d={d} fill="none" stroke={colour} strokeWidth={2.5} />
            {points.map(({ lag, run }) => (
              <circle key={lag} cx={x(lag)} cy={y(run.accuracy)} r={5} fill={run.done ? colour : 'white'} stroke={colour} strokeWidth={2}
                data-lag={lag} data-done={run.done ? '1' : '0'} />
            ))}
          </g>
        );
      })}
    </svg>
  );
}
