/**
 * The lecture's picture, live: the network unrolled over T steps, the loss J(T) at
 * the last step, and above the hidden states a band for the gradient flowing back
 * through them, its thickness = ‖∂J(T)/∂h(t)‖ (log-mapped). Truncation boundaries
 * cut the band: beyond them the gradient is exactly zero. NaN/Inf are marked.
 * The unrolled network itself depends only on T and the width, so it is a separate
 * memoised layer; the band's segments are painted from the magnitudes' source, so a
 * slider move re-renders nothing here.
 */
import { memo, useMemo, useRef } from 'react';
import { scaleLinear } from 'd3';
import { arrowWidth, MAX_WIDTH } from './arrow-width';
import { GATE_COLOURS } from '../../viz/scales';
import { usePaint } from '../../viz/use-paint';
import type { FrameSource } from '../../state/frame-source';
import type { GradientFlowText } from './text';

interface UnrolledNetworkProps {
  /** ‖∂J(T)/∂h(t)‖ for t = 0..T−1 (after any clipping scale). */
  magnitudes: FrameSource<Float32Array>;
  /** Sequence length T. */
  T: number;
  /** Truncation window k (0 = off). */
  truncation: number;
  width: number;
  m: GradientFlowText;
}

const HEIGHT = 168;
const Y_J = 16;
const Y_BAND = 58;
const Y_H = 104;
const Y_X = 144;

type Scale = ReturnType<typeof scaleLinear<number, number>>;

/** Positions shared by the layers: x(t), the spacing between steps and the node radius. */
function useLayout(T: number, width: number) {
  return useMemo(() => {
    const x: Scale = scaleLinear().domain([0, Math.max(1, T - 1)]).range([30, width - 40]);
    const spacing = T > 1 ? x(1) - x(0) : width;
    return { x, spacing, r: Math.max(2, Math.min(7, spacing / 3)) };
  }, [T, width]);
}

export const UnrolledNetwork = memo(function UnrolledNetwork({ magnitudes, T, truncation, width, m }: UnrolledNetworkProps) {
  const layout = useLayout(T, width);
  const svg = useRef<SVGSVGElement>(null);
  usePaint(magnitudes, (g) => {
    if (g.length === T) svg.current?.setAttribute('aria-label', m.unrolledLabel(T, g[0] < g[T - 1]));
  });
  return (
    <svg ref={svg} className="chart unrolled" viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT} role="img">
      <Network T={T} width={width} layout={layout} bandLabel={m.bandLabel} />
      <Band magnitudes={magnitudes} T={T} truncation={truncation} layout={layout} />
    </svg>
  );
});

interface Layout { x: Scale; spacing: number; r: number }

/** Inputs, hidden states, the loss and the step numbers: unchanged while only ρ or the seed move. */
const Network = memo(function Network({ T, width, layout, bandLabel }: { T: number; width: number; layout: Layout; bandLabel: string }) {
  const { x, spacing, r } = layout;
  const labelEvery = Math.max(1, Math.ceil(T / Math.max(2, Math.floor(width / 56))));
  const steps = Array.from({ length: T }, (_, t) => t);
  return (
    <>
      {/* Forward pass, faint: x(t) → h(t) and h(t−1) → h(t). */}
      <g stroke="currentColor" strokeOpacity={0.25}>
        {steps.map((t) => <line key={`v${t}`} x1={x(t)} x2={x(t)} y1={Y_X - 5} y2={Y_H + r} />)}
        {T > 1 && <line x1={x(0)} x2={x(T - 1)} y1={Y_H} y2={Y_H} />}
      </g>
      {/* Where the band meets each hidden state. */}
      {spacing >= 6 && steps.map((t) => (
        <line key={`c${t}`} x1={x(t)} x2={x(t)} y1={Y_BAND + MAX_WIDTH / 2 + 2} y2={Y_H - r - 1} stroke={GATE_COLOURS.grad} strokeOpacity={0.25} />
      ))}
      <path d={`M ${x(0) - 2} ${Y_BAND} l 10 -7 v 14 z`} fill={GATE_COLOURS.grad} transform={`translate(-10,0)`} />
      {/* The loss at the last step feeds the band. */}
      <text x={x(T - 1) + 8} y={Y_J + 4} fontSize={12} fill="currentColor" fontWeight={600}>J(T)</text>
      <line x1={x(T - 1)} x2={x(T - 1)} y1={Y_J} y2={Y_BAND - 10} stroke={GATE_COLOURS.grad} strokeWidth={3} />
      <circle cx={x(T - 1)} cy={Y_J} r={4} fill={GATE_COLOURS.grad} />
      <text x={x(0)} y={Y_BAND - 14} fontSize={11} fill={GATE_COLOURS.grad}>{bandLabel}</text>
      {steps.map((t) => (
        <circle key={`h${t}`} cx={x(t)} cy={Y_H} r={r} fill="white" stroke="var(--state-h)" strokeWidth={1.2} />
      ))}
      {steps.map((t) => (
        <rect key={`x${t}`} x={x(t) - Math.min(4, spacing / 3)} y={Y_X - 4} width={Math.min(8, (2 * spacing) / 3)} height={8} fill="currentColor" fillOpacity={0.35} />
      ))}
      {steps.filter((t) => (T - 1 - t) % labelEvery === 0).map((t) => (
        <text key={`n${t}`} x={x(t)} y={Y_H + r + 13} textAnchor="middle" fontSize={10} fill="currentColor">{t + 1}</text>
      ))}
      <text x={2} y={Y_X + 4} fontSize={10} fill="currentColor">x</text>
      <text x={2} y={Y_H + 4} fontSize={10} fill="currentColor">h</text>
    </>
  );
});

/** The backward band (segment t carries the gradient arriving at h(t)) and the truncation cuts. */
const Band = memo(function Band({ magnitudes, T, truncation, layout }: { magnitudes: FrameSource<Float32Array>; T: number; truncation: number; layout: Layout }) {
  const { x, spacing } = layout;
  const half = spacing / 2;
  const segments = useRef<(SVGLineElement | null)[]>([]);
  const marks = useRef<(SVGTextElement | null)[]>([]);
  usePaint(magnitudes, (g) => {
    if (g.length !== T) return;
    const reference = g[T - 1];
    for (let t = 0; t < T; t++) {
      const segment = segments.current[t];
      const mark = marks.current[t];
      if (!segment || !mark) continue;
      const v = g[t];
      const finite = Number.isFinite(v);
      segment.setAttribute('visibility', finite ? 'visible' : 'hidden');
      mark.setAttribute('visibility', finite ? 'hidden' : 'visible');
      if (!finite) mark.textContent = Number.isNaN(v) ? 'NaN' : '∞';
      else if (v === 0) {
        segment.setAttribute('stroke', 'currentColor');
        segment.setAttribute('stroke-opacity', '0.4');
        segment.setAttribute('stroke-dasharray', '2 3');
        segment.setAttribute('stroke-width', '1');
      } else {
        segment.setAttribute('stroke', GATE_COLOURS.grad);
        segment.setAttribute('stroke-opacity', '1');
        segment.removeAttribute('stroke-dasharray');
        segment.setAttribute('stroke-width', String(arrowWidth(v, reference)));
      }
    }
  });
  const boundaries: number[] = [];
  if (truncation > 0) for (let t = truncation; t < T; t += truncation) boundaries.push(t);
  return (
    <>
      <g>
        {Array.from({ length: T }, (_, t) => (
          <g key={t}>
            <line ref={(el) => { segments.current[t] = el; }} x1={x(t) - (t === 0 ? 0 : half)} x2={x(t) + (t === T - 1 ? 0 : half)} y1={Y_BAND} y2={Y_BAND} />
            <text ref={(el) => { marks.current[t] = el; }} className="nonfinite" x={x(t)} y={Y_BAND + 4} textAnchor="middle" fontSize={11} />
          </g>
        ))}
      </g>
      {boundaries.map((t) => (
        <g key={t} transform={`translate(${(x(t - 1) + x(t)) / 2},0)`}>
          <line y1={Y_BAND - 12} y2={Y_X + 6} stroke="#c1121f" strokeDasharray="4 3" />
          <text y={Y_X + 18} textAnchor="middle" fontSize={11} fill="#c1121f">✂</text>
        </g>
      ))}
    </>
  );
});
