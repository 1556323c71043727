/**
 * The eigenvalues of W_h in the complex plane against the unit circle: inside the
 * circle (|λ| < 1), a linear RNN's gradients vanish; outside, they can explode.
 * Everything here moves with ρ (the plot's extent grows with it), so React renders
 * the elements once per size and the positions are painted from the source.
 */
import { memo, useRef } from 'react';
import { scaleLinear } from 'd3';
import type { Complex } from '../../core/eigen';
import { GATE_COLOURS } from '../../viz/scales';
import { usePaint } from '../../viz/use-paint';
import type { FrameSource } from '../../state/frame-source';
import type { GradientFlowText } from './text';

export interface Eigen {
  eigen: Complex[];
  radius: number;
}

interface Props {
  source: FrameSource<Eigen>;
  /** How many eigenvalues (the hidden size). */
  count: number;
  size: number;
  matrixLabel: string;
  m: GradientFlowText;
}

const set = (el: Element | null, attributes: Record<string, number | string>) => {
  if (el) for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
};

export const EigenPlot = memo(function EigenPlot({ source, count, size, matrixLabel, m }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  const axes = useRef<(SVGLineElement | null)[]>([]);
  const unit = useRef<SVGCircleElement>(null);
  const ring = useRef<SVGCircleElement>(null);
  const dots = useRef<(SVGCircleElement | null)[]>([]);
  const unitLabel = useRef<SVGTextElement>(null);
  const rhoLabel = useRef<SVGTextElement>(null);

  usePaint(source, ({ eigen, radius }) => {
    const extent = Math.max(1.6, radius * 1.1);
    const s = scaleLinear().domain([-extent, extent]).range([8, size - 8]);
    const r = (v: number) => s(v) - s(0);
    set(svg.current, { 'aria-label': m.eigenLabel(matrixLabel, radius.toFixed(2), radius < 1) });
    set(axes.current[0], { x1: s(-extent), x2: s(extent), y1: s(0), y2: s(0) });
    set(axes.current[1], { y1: s(-extent), y2: s(extent), x1: s(0), x2: s(0) });
    set(unit.current, { cx: s(0), cy: s(0), r: r(1) });
    set(ring.current, { cx: s(0), cy: s(0), r: r(radius) });
    eigen.forEach((l, k) => set(dots.current[k], { cx: s(l.re), cy: s(-l.im) }));
    set(unitLabel.current, { x: s(0) + r(1) * 0.72 + 4, y: s(0) - r(1) * 0.72 - 4 });
    if (rhoLabel.current) rhoLabel.current.textContent = `ρ = ${radius.toFixed(2)}`;
  });

  return (
    <svg ref={svg} className="chart eigen-plot" viewBox={`0 0 ${size} ${size}`} width={size} height={size} role="img">
      <line ref={(el) => { axes.current[0] = el; }} stroke="currentColor" strokeOpacity={0.25} />
      <line ref={(el) => { axes.current[1] = el; }} stroke="currentColor" strokeOpacity={0.25} />
      <circle ref={unit} fill="none" stroke="currentColor" strokeDasharray="4 3" />
      <circle ref={ring} fill="none" stroke={GATE_COLOURS.grad} strokeOpacity={0.6} />
      {Array.from({ length: count }, (_, k) => (
        <circle key={k} ref={(el) => { dots.current[k] = el; }} r={3} fill={GATE_COLOURS.hidden} fillOpacity={0.8} />
      ))}
      <text ref={unitLabel} fontSize={10} fill="currentColor">|λ| = 1</text>
      <text x={8} y={size - 8} fontSize={10} fill="currentColor">{m.realAxis}</text>
      <text ref={rhoLabel} x={size - 8} y={16} fontSize={10} textAnchor="end" fill={GATE_COLOURS.grad} />
    </svg>
  );
});
