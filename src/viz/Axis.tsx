/**
 * Axes drawn by React from a d3 scale: d3 computes ticks, React renders the SVG.
 * Memoised: an axis whose scale object and labels are unchanged is not redrawn.
 */
import { memo } from 'react';
import type { ScaleContinuousNumeric } from 'd3';

interface AxisProps {
  /** The scale that maps data to pixels. */
  scale: ScaleContinuousNumeric<number, number>;
  /** Where the axis line sits: y for a bottom axis, x for a left axis. */
  offset: number;
  /** Approximate number of ticks. */
  ticks?: number;
  /** Tick label formatter. */
  format?: (v: number) => string;
  /** Axis title. */
  label?: string;
  /** For log scales: label only powers of ten. */
  decades?: boolean;
}

function tickValues(scale: AxisProps['scale'], ticks: number, decades: boolean): number[] {
  const values = scale.ticks(ticks);
  if (!decades) return values;
  return values.filter((v) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
}

const superscript = (v: number) => {
  const e = Math.round(Math.log10(v));
  return e === 0 ? '1' : `10${String(e).replace('-', '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)])}`;
};

export const AxisBottom = memo(function AxisBottom({ scale, offset, ticks = 6, format, label, decades = false }: AxisProps) {
  const [r0, r1] = scale.range();
  const fmt = format ?? (decades ? superscript : (v: number) => String(v));
  return (
    <g className="axis axis-bottom" transform={`translate(0,${offset})`} aria-hidden="true">
      <line x1={r0} x2={r1} stroke="currentColor" strokeOpacity={0.4} />
      {tickValues(scale, ticks, decades).map((v) => (
        <g key={v} transform={`translate(${scale(v)},0)`}>
          <line y2={5} stroke="currentColor" strokeOpacity={0.4} />
          <text y={17} textAnchor="middle" fontSize={11} fill="currentColor">{fmt(v)}</text>
        </g>
      ))}
      {label && <text x={(r0 + r1) / 2} y={34} textAnchor="middle" fontSize={12} fill="currentColor">{label}</text>}
    </g>
  );
});

export const AxisLeft = memo(function AxisLeft({ scale, offset, ticks = 5, format, label, decades = false }: AxisProps) {
  const [r0, r1] = scale.range();
  const fmt = format ?? (decades ? superscript : (v: number) => String(v));
  return (
    <g className="axis axis-left" transform={`translate(${offset},0)`} aria-hidden="true">
      <line y1={r0} y2={r1} stroke="currentColor" strokeOpacity={0.4} />
      {tickValues(scale, ticks, decades).map((v) => (
        <g key={v} transform={`translate(0,${scale(v)})`}>
          <line x2={-5} stroke="currentColor" strokeOpacity={0.4} />
          <line x2={9999} stroke="currentColor" strokeOpacity={0.07} />
          <text x={-8} dy="0.32em" textAnchor="end" fontSize={11} fill="currentColor">{fmt(v)}</text>
        </g>
      ))}
      {label && (
        <text transform={`translate(${-44},${(r0 + r1) / 2}) rotate(-90)`} textAnchor="middle" fontSize={12} fill="currentColor">
          {label}
        </text>
      )}
    </g>
  );
});
