/** ‖∂J/∂h_l(t)‖ against t, one line per layer, on the shared log scale for gradient magnitudes. */
import { scaleLinear, line } from 'd3';
import { AxisBottom, AxisLeft } from '../../viz/Axis';
import { magnitudeScale } from '../../viz/scales';
import { useMessages } from '../../app/messages';
import { stackDepthText } from './text';

export const LAYER_COLOURS = ['#56489a', '#0072b2', '#009e73', '#d55e00'];
const HEIGHT = 210;
const M = { top: 10, right: 12, bottom: 40, left: 56 };

export function GradNormChart({ norms, width }: { norms: Float32Array[]; width: number }) {
  const m = useMessages(stackDepthText);
  const T = norms[0]?.length ?? 0;
  const all = norms.flatMap((n) => Array.from(n));
  const y = magnitudeScale(all, [HEIGHT - M.bottom, M.top]);
  const x = scaleLinear().domain([1, Math.max(2, T)]).range([M.left, width - M.right]);
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT} role="img"
      aria-label={m.gradChart}>
      <AxisLeft scale={y} offset={M.left} ticks={6} decades label="‖∂J/∂h_l(t)‖" />
      <AxisBottom scale={x} offset={HEIGHT - M.bottom} ticks={Math.min(T, 10)} format={(v) => (Number.isInteger(v) ? String(v) : '')} label={m.wordAxis} />
      {norms.map((n, l) => {
        const pts = Array.from(n, (v, t) => ({ t: t + 1, v: Math.max(v, 1e-30) }));
        const d = line<(typeof pts)[number]>().x((p) => x(p.t)).y((p) => y(p.v))(pts) ?? '';
        return (
          <g key={l} data-layer={l + 1}>
            <path d={d} fill="none" stroke={LAYER_COLOURS[l]} strokeWidth={2.2} />
            {pts.map((p) => <circle key={p.t} cx={x(p.t)} cy={y(p.v)} r={2.5} fill={LAYER_COLOURS[l]} />)}
          </g>
        );
      })}
    </svg>
  );
}
