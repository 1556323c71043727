/**
 * Lines over time for one unit (its gates, or its c and h), fitted to the width: the
 * whole text at a glance, with the cursor's step marked. React draws, d3 computes.
 */
import { line, scaleLinear } from 'd3';
import { AxisLeft } from '../../viz/Axis';

export interface TraceSeries {
  label: string;
  values: ArrayLike<number>;
  colour: string;
  dashed?: boolean;
  width?: number;
}

interface TraceChartProps {
  series: TraceSeries[];
  width: number;
  height?: number;
  domain: [number, number];
  /** The marked step. */
  cursor?: number;
  yLabel: string;
  /** Accessible description of what the lines show. */
  label: string;
}

const M = { top: 8, right: 10, bottom: 8, left: 58 };

export function TraceChart({ series, width, height = 120, domain, cursor, yLabel, label }: TraceChartProps) {
  const T = series[0]?.values.length ?? 0;
  const x = scaleLinear().domain([0, Math.max(1, T - 1)]).range([M.left, width - M.right]);
  const y = scaleLinear().domain(domain).range([height - M.bottom, M.top]).clamp(true);
  const path = (values: ArrayLike<number>) =>
    line<number>().defined((v) => Number.isFinite(v)).x((_, t) => x(t)).y((v) => y(v))(Array.from(values)) ?? '';
  return (
    <svg className="trace-chart" width={width} height={height} role="img" aria-label={label}>
      <AxisLeft scale={y} offset={M.left} ticks={3} label={yLabel} format={(v) => String(v)} />
      {domain[0] < 0 && <line x1={M.left} x2={width - M.right} y1={y(0)} y2={y(0)} stroke="currentColor" strokeOpacity={0.35} />}
      {series.map((s) => (
        <path key={s.label} d={path(s.values)} fill="none" stroke={s.colour} strokeWidth={s.width ?? 1.8}
          strokeDasharray={s.dashed ? '5 3' : undefined} data-series={s.label} />
      ))}
      {cursor !== undefined && cursor >= 0 && cursor < T && (
        <line x1={x(cursor)} x2={x(cursor)} y1={M.top} y2={height - M.bottom} stroke="#b8336a" strokeOpacity={0.6} />
      )}
    </svg>
  );
}
