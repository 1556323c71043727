/** The top of ŷ(t) as horizontal bars, one token per row; the highlighted one drawn in the accent colour. */
import { scaleLinear } from 'd3';
import { tokenLabel } from '../../data/char-vocab';

interface DistributionBarsProps {
  /** Tokens and probabilities, best first. */
  top: { id: number; p: number }[];
  /** The token to mark (the one sampled, or the true next character). */
  highlight: number | null;
  colour: string;
  width: number;
  label: string;
}

export function DistributionBars({ top, highlight, colour, width, label }: DistributionBarsProps) {
  const row = 20;
  const height = top.length * row + 4;
  const x = scaleLinear().domain([0, 1]).range([0, Math.max(60, width - 130)]);
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
      {top.map(({ id, p }, k) => (
        <g key={id} transform={`translate(0,${k * row + 2})`} data-token={id}>
          <text x={62} y={13} textAnchor="end" fontSize={12} fill="currentColor" fontWeight={id === highlight ? 700 : 400}>{tokenLabel(id)}</text>
          <rect x={68} y={2} width={x(p)} height={row - 6} fill={id === highlight ? colour : '#9aa0a6'} />
          <text x={72 + x(p)} y={13} fontSize={11} fill="currentColor">{(p * 100).toFixed(1)}%</text>
        </g>
      ))}
    </svg>
  );
}
