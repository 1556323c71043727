/**
 * A vector as a strip of small bars, one per unit: gates (0..1) grow up from the
 * baseline in their colour; signed values grow up or down from the middle line.
 * An optional reference vector (the model's own values when a gate is forced) is
 * drawn as ticks, so the change is visible unit by unit.
 */
import { scaleLinear } from 'd3';

interface BarStripProps {
  values: ArrayLike<number>;
  /** Drawn as ticks over the bars (e.g. the unforced values). */
  reference?: ArrayLike<number> | null;
  colour: string;
  range: 'unit' | 'signed';
  /** |value| mapped to full height for signed strips. */
  extent?: number;
  width: number;
  selected?: number;
  height?: number;
}

export function BarStrip({ values, reference, colour, range, extent = 1, width, selected = -1, height = 28 }: BarStripProps) {
  const n = values.length;
  const bw = width / Math.max(1, n);
  const y = range === 'unit'
    ? scaleLinear().domain([0, 1]).range([height - 1, 1]).clamp(true)
    : scaleLinear().domain([-extent, extent]).range([height - 1, 1]).clamp(true);
  const base = range === 'unit' ? y(0) : y(0);
  const bars: string[] = [];
  for (let k = 0; k < n; k++) {
    const v = values[k];
    if (!Number.isFinite(v)) continue;
    const top = Math.min(base, y(v));
    bars.push(`M${(k * bw).toFixed(2)},${top.toFixed(2)}h${Math.max(0.6, bw - (bw > 3 ? 1 : 0)).toFixed(2)}v${Math.abs(y(v) - base).toFixed(2)}h${(-Math.max(0.6, bw - (bw > 3 ? 1 : 0))).toFixed(2)}z`);
  }
  const ticks: string[] = [];
  if (reference) for (let k = 0; k < n; k++) if (Number.isFinite(reference[k])) ticks.push(`M${(k * bw).toFixed(2)},${y(reference[k]).toFixed(2)}h${Math.max(1, bw).toFixed(2)}`);
  return (
    <svg className="bar-strip" width={width} height={height} aria-hidden="true">
      <rect x={0} y={0} width={width} height={height} fill="currentColor" fillOpacity={0.04} />
      <line x1={0} x2={width} y1={base} y2={base} stroke="currentColor" strokeOpacity={0.3} />
      <path d={bars.join('')} fill={colour} />
      {ticks.length > 0 && <path d={ticks.join('')} stroke="#1b1f24" strokeWidth={1.2} fill="none" />}
      {selected >= 0 && selected < n && <rect x={selected * bw - 1} y={0} width={bw + 2} height={height} fill="none" stroke="#b8336a" strokeWidth={1.5} />}
    </svg>
  );
}
