/**
 * ‖∂J(T)/∂h(t)‖ against the distance ℓ = T − t on a log axis: vanishing is a line
 * falling to the right, exploding a line rising. The ρ^ℓ prediction is overlaid
 * where it is exact (identity activation). Arrow keys or the pointer pick ℓ.
 * Moving ℓ redraws only the marker: scales, axes and paths are memoised on the data.
 */
import { memo, useMemo } from 'react';
import { scaleLinear, line } from 'd3';
import type { KeyboardEvent, PointerEvent } from 'react';
import { AxisBottom, AxisLeft } from '../../viz/Axis';
import { magnitudeScale, GATE_COLOURS } from '../../viz/scales';
import { useMessages } from '../../app/messages';
import { gradientFlowText } from './text';

export interface Series {
  /** Values indexed by t = 0..T−1 (converted to ℓ here). */
  values: Float32Array;
  label: string;
  /** Stable name for data-series (defaults to the label), the same in every language. */
  id?: string;
  colour: string;
  dashed?: boolean;
  /** Dash pattern of a pinned run's ghost (thinner than the live line). */
  dash?: string;
  faint?: boolean;
}

interface DistanceChartProps {
  series: Series[];
  width: number;
  /** Selected distance ℓ, highlighted. */
  selected: number;
  onSelect(ell: number): void;
  /** Truncation window (0 = off): distances beyond it are shaded as exactly zero. */
  truncation: number;
  yLabel: string;
}

const HEIGHT = 230;
const M = { top: 12, right: 14, bottom: 42, left: 58 };

export const DistanceChart = memo(function DistanceChart({ series, width, selected, onSelect, truncation, yLabel }: DistanceChartProps) {
  const m = useMessages(gradientFlowText);
  const T = series[0].values.length;
  // Pinned runs may be longer than the live one: the axis spans them all.
  const span = Math.max(...series.map((s) => s.values.length));
  const x = useMemo(() => scaleLinear().domain([0, Math.max(1, span - 1)]).range([M.left, width - M.right]), [span, width]);
  const y = useMemo(() => magnitudeScale(series.flatMap((s) => Array.from(s.values)), [HEIGHT - M.bottom, M.top]), [series]);
  const [floor, ceil] = y.domain();
  const ellAt = (px: number) => Math.max(0, Math.min(T - 1, Math.round(x.invert(px))));
  const onPointer = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    onSelect(ellAt(((e.clientX - box.left) / box.width) * width));
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const step = e.shiftKey ? 10 : 1;
    if (e.key === 'ArrowRight') onSelect(Math.min(T - 1, selected + step));
    else if (e.key === 'ArrowLeft') onSelect(Math.max(0, selected - step));
    else if (e.key === 'Home') onSelect(0);
    else if (e.key === 'End') onSelect(T - 1);
    else return;
    e.preventDefault();
  };
  const v = series[0].values[T - 1 - selected];

  return (
    <svg className="chart distance-chart" viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT}
      tabIndex={0} role="slider" aria-label={m.distanceLabel} aria-valuemin={0} aria-valuemax={T - 1} aria-valuenow={selected}
      aria-valuetext={`ℓ = ${selected}`} onPointerMove={onPointer} onPointerDown={onPointer} onKeyDown={onKey}>
      <ChartBody series={series} x={x} y={y} truncation={truncation} yLabel={yLabel} xLabel={m.distanceAxis} truncatedLabel={m.truncated} />
      <line x1={x(selected)} x2={x(selected)} y1={M.top} y2={HEIGHT - M.bottom} stroke={GATE_COLOURS.grad} strokeOpacity={0.5} />
      {v > 0 && Number.isFinite(v) && <circle cx={x(selected)} cy={y(Math.min(ceil, Math.max(floor, v)))} r={4} fill={series[0].colour} />}
    </svg>
  );
});

type Scale = ReturnType<typeof scaleLinear<number, number>>;

interface BodyProps {
  series: Series[];
  x: Scale;
  y: ReturnType<typeof magnitudeScale>;
  truncation: number;
  yLabel: string;
  xLabel: string;
  truncatedLabel: string;
}

/** Everything but the ℓ marker: redrawn only when the data, the size or the language change. */
const ChartBody = memo(function ChartBody({ series, x, y, truncation, yLabel, xLabel, truncatedLabel }: BodyProps) {
  const T = series[0].values.length;
  const [floor, ceil] = y.domain();
  // Points at ℓ = T−1−t (each series' own T); zeros (truncated) and non-finite values break the line.
  const path = (values: Float32Array) => line<number>()
    .defined((v) => v > 0 && Number.isFinite(v))
    .x((_, i) => x(values.length - 1 - i))
    .y((v) => y(Math.min(ceil, Math.max(floor, v))))(Array.from(values));
  const firstCut = truncation > 0 ? T - 1 - (Math.floor((T - 1) / truncation) * truncation) : -1;
  const nonFinite: number[] = [];
  series[0].values.forEach((v, t) => { if (!Number.isFinite(v)) nonFinite.push(T - 1 - t); });
  return (
    <>
      {firstCut >= 0 && firstCut < T - 1 && (
        <g>
          <rect x={x(firstCut + 0.5)} y={M.top} width={Math.max(0, x(T - 1) - x(firstCut + 0.5))} height={HEIGHT - M.top - M.bottom} fill="currentColor" fillOpacity={0.07} />
          <text x={x(firstCut + 0.5) + 6} y={HEIGHT - M.bottom - 8} fontSize={11} fill="currentColor">{truncatedLabel}</text>
        </g>
      )}
      <AxisLeft scale={y} offset={M.left} decades label={yLabel} />
      <AxisBottom scale={x} offset={HEIGHT - M.bottom} label={xLabel} format={String} />
      {series.map((s) => (
        <path key={s.id ?? s.label} d={path(s.values) ?? ''} fill="none" stroke={s.colour} strokeWidth={s.faint ? 1.2 : s.dash ? 2 : s.dashed ? 1.6 : 3}
          strokeOpacity={s.faint ? 0.45 : s.dash ? 0.85 : 1} strokeDasharray={s.dash ?? (s.dashed ? '6 4' : undefined)} data-series={s.id ?? s.label} />
      ))}
      {nonFinite.slice(0, 40).map((ell) => (
        <text key={ell} className="nonfinite" x={x(ell)} y={M.top + 10} textAnchor="middle" fontSize={10}>✕</text>
      ))}
    </>
  );
});
