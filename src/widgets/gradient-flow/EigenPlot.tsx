/**
 * The eigenvalues of W_h in the complex plane against the unit circle: inside the
 * circle (|λ| < 1), a linear RNN's gradients vanish; outside, they can explode.
 */
import { memo } from 'react';
import { scaleLinear } from 'd3';
import type { Complex } from '../../core/eigen';
import { GATE_COLOURS } from '../../viz/scales';
import type { GradientFlowText } from './text';

interface Props {
  eigen: Complex[];
  radius: number;
  size: number;
  matrixLabel: string;
  m: GradientFlowText;
}

export const EigenPlot = memo(function EigenPlot({ eigen, radius, size, matrixLabel, m }: Props) {
  const extent = Math.max(1.6, radius * 1.1);
  const s = scaleLinear().domain([-extent, extent]).range([8, size - 8]);
  const r = (v: number) => s(v) - s(0);
  return (
    <svg className="chart eigen-plot" viewBox={`0 0 ${size} ${size}`} width={size} height={size} role="img"
      aria-label={m.eigenLabel(matrixLabel, radius.toFixed(2), radius < 1)}>
      <line x1={s(-extent)} x2={s(extent)} y1={s(0)} y2={s(0)} stroke="currentColor" strokeOpacity={0.25} />
      <line y1={s(-extent)} y2={s(extent)} x1={s(0)} x2={s(0)} stroke="currentColor" strokeOpacity={0.25} />
      <circle cx={s(0)} cy={s(0)} r={r(1)} fill="none" stroke="currentColor" strokeDasharray="4 3" />
      <circle cx={s(0)} cy={s(0)} r={r(radius)} fill="none" stroke={GATE_COLOURS.grad} strokeOpacity={0.6} />
      {eigen.map((l, k) => (
        <circle key={k} cx={s(l.re)} cy={s(-l.im)} r={3} fill={GATE_COLOURS.hidden} fillOpacity={0.8} />
      ))}
      <text x={s(0) + r(1) * 0.72 + 4} y={s(0) - r(1) * 0.72 - 4} fontSize={10} fill="currentColor">|λ| = 1</text>
      <text x={8} y={size - 8} fontSize={10} fill="currentColor">{m.realAxis}</text>
      <text x={size - 8} y={16} fontSize={10} textAnchor="end" fill={GATE_COLOURS.grad}>ρ = {radius.toFixed(2)}</text>
    </svg>
  );
});
