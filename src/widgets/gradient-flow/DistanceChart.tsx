/**
 * ‖∂J(T)/∂h(t)‖ against the distance ℓ = T − t on a log axis: vanishing is a line
 * falling to the right, exploding a line rising. The ρ^ℓ prediction is overlaid
 * where it is exact (identity activation). Arrow keys or the pointer pick ℓ.
 * React renders the chart's elements from its shape (length, axis decades, which
 * lines, where the numbers overflowed); the lines and the marker are painted from
 * the series source each frame, so a slider drag re-renders nothing here unless
 * the shape changes.
 */
import { memo, useMemo, useRef } from 'react';
import { scaleLinear, scaleLog, line } from 'd3';
import type { KeyboardEvent, PointerEvent } from 'react';
import { AxisBottom, AxisLeft } from '../../viz/Axis';
import { magnitudeScale, GATE_COLOURS } from '../../viz/scales';
import { usePaint, useSourceFact } from '../../viz/use-paint';
import type { FrameSource } from '../../state/frame-source';
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
  /** The lines to draw, first = the one the marker follows. */
  source: FrameSource<Series[]>;
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

type Line = Omit<Series, 'values'>;
/** T is the live run's length; span the longest line's (pinned runs may be longer). */
interface Shape { T: number; span: number; domain: number[]; lines: Line[]; nonFinite: number[] }

/** What React renders from: changes only when the axis, the lines or the overflow marks do. */
function shapeOf(series: Series[]): string {
  const T = series[0].values.length;
  const all = new Float32Array(series.reduce((n, s) => n + s.values.length, 0));
  let offset = 0;
  for (const s of series) { all.set(s.values, offset); offset += s.values.length; }
  const nonFinite: number[] = [];
  series[0].values.forEach((v, t) => { if (!Number.isFinite(v)) nonFinite.push(T - 1 - t); });
  const lines = series.map(({ values: _values, ...rest }) => rest);
  const span = Math.max(...series.map((s) => s.values.length));
  return JSON.stringify({ T, span, domain: magnitudeScale(all, [0, 1]).domain(), lines, nonFinite: nonFinite.slice(0, 40) } satisfies Shape);
}

const clampTo = (domain: number[], v: number) => Math.min(domain[1], Math.max(domain[0], v));

export const DistanceChart = memo(function DistanceChart({ source, width, selected, onSelect, truncation, yLabel }: DistanceChartProps) {
  const m = useMessages(gradientFlowText);
  const shapeKey = useSourceFact(source, shapeOf);
  const shape = useMemo(() => JSON.parse(shapeKey) as Shape, [shapeKey]);
  const { T, span, domain } = shape;
  // Pinned runs may be longer than the live one: the axis spans them all.
  const x = useMemo(() => scaleLinear().domain([0, Math.max(1, span - 1)]).range([M.left, width - M.right]), [span, width]);
  const y = useMemo(() => scaleLog().domain(domain).range([HEIGHT - M.bottom, M.top]).clamp(true), [domain]);
  const paths = useRef<(SVGPathElement | null)[]>([]);
  const marker = useRef<SVGCircleElement>(null);

  usePaint(source, (series) => {
    if (series[0].values.length !== T) return; // the new shape renders first
    // Points at ℓ = T−1−t (each series' own T); zeros (truncated) and non-finite values break the line.
    const path = (values: Float32Array) => line<number>()
      .defined((v) => v > 0 && Number.isFinite(v))
      .x((_, i) => x(values.length - 1 - i))
      .y((v) => y(clampTo(domain, v)))(values as unknown as number[]);
    series.forEach((s, k) => paths.current[k]?.setAttribute('d', path(s.values) ?? ''));
    const v = series[0].values[T - 1 - selected];
    const dot = marker.current;
    if (!dot) return;
    const shown = v > 0 && Number.isFinite(v);
    dot.setAttribute('visibility', shown ? 'visible' : 'hidden');
    if (shown) dot.setAttribute('cy', String(y(clampTo(domain, v))));
  });

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

  return (
    <svg className="chart distance-chart" viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT}
      tabIndex={0} role="slider" aria-label={m.distanceLabel} aria-valuemin={0} aria-valuemax={T - 1} aria-valuenow={selected}
      aria-valuetext={`ℓ = ${selected}`} onPointerMove={onPointer} onPointerDown={onPointer} onKeyDown={onKey}>
      <ChartBody shape={shape} x={x} y={y} truncation={truncation} yLabel={yLabel} xLabel={m.distanceAxis} truncatedLabel={m.truncated} paths={paths} />
      <line x1={x(selected)} x2={x(selected)} y1={M.top} y2={HEIGHT - M.bottom} stroke={GATE_COLOURS.grad} strokeOpacity={0.5} />
      <circle ref={marker} cx={x(selected)} r={4} fill={shape.lines[0].colour} />
    </svg>
  );
});

type Scale = ReturnType<typeof scaleLinear<number, number>>;

interface BodyProps {
  shape: Shape;
  x: Scale;
  y: ReturnType<typeof scaleLog<number, number>>;
  truncation: number;
  yLabel: string;
  xLabel: string;
  truncatedLabel: string;
  paths: { current: (SVGPathElement | null)[] };
}

/** Everything but the ℓ marker: redrawn only when the shape, the size or the language change; the lines' d is painted. */
const ChartBody = memo(function ChartBody({ shape, x, y, truncation, yLabel, xLabel, truncatedLabel, paths }: BodyProps) {
  const { T, lines, nonFinite } = shape;
  const firstCut = truncation > 0 ? T - 1 - (Math.floor((T - 1) / truncation) * truncation) : -1;
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
      {lines.map((s, k) => (
        <path key={s.id ?? s.label} ref={(el) => { paths.current[k] = el; }} fill="none" stroke={s.colour} strokeWidth={s.faint ? 1.2 : s.dash ? 2 : s.dashed ? 1.6 : 3}
          strokeOpacity={s.faint ? 0.45 : s.dash ? 0.85 : 1} strokeDasharray={s.dash ?? (s.dashed ? '6 4' : undefined)} data-series={s.id ?? s.label} />
      ))}
      {nonFinite.map((ell) => (
        <text key={ell} className="nonfinite" x={x(ell)} y={M.top + 10} textAnchor="middle" fontSize={10}>✕</text>
      ))}
    </>
  );
});
