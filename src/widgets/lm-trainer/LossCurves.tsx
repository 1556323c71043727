/**
 * Training and held-out loss against the step, with perplexity = exp(J) on the right
 * axis (the same curve, read in the other unit). React draws, d3 computes.
 */
import { line, scaleLinear } from 'd3';
import { AxisBottom, AxisLeft } from '../../viz/Axis';
import { useMessages } from '../../app/messages';
import { lmTrainerText } from './text';

export const HELD_OUT_COLOUR = '#d55e00';

const HEIGHT = 250;
const M = { top: 12, right: 52, bottom: 44, left: 56 };
const PPL_TICKS = [2, 3, 4, 5, 7, 10, 15, 20, 30, 50];

/** A pinned run's ghost: its (smoothed) training loss and its held-out loss, thin and dashed. */
export interface LossGhost {
  id: string;
  train: [number, number][];
  heldOut: [number, number][];
  colour: string;
  dash: string;
}

interface LossCurvesProps {
  ghosts?: LossGhost[];
  /** [step, smoothed training loss]. */
  train: [number, number][];
  /** [step, held-out loss]. */
  heldOut: [number, number][];
  trainColour: string;
  width: number;
}

export function LossCurves({ train, heldOut, trainColour, width, ghosts = [] }: LossCurvesProps) {
  const t = useMessages(lmTrainerText);
  const all = [...train, ...heldOut, ...ghosts.flatMap((g) => [...g.train, ...g.heldOut])];
  const maxStep = Math.max(10, ...all.map((p) => p[0]));
  const minStep = Math.min(maxStep - 10, ...all.map((p) => p[0]));
  const losses = all.map((p) => p[1]).filter(Number.isFinite);
  // Before the first loss arrives the axis shows 1–4 nats, the range training moves through.
  const lo = Math.max(0, (losses.length > 0 ? Math.min(...losses) : 1) - 0.1);
  const hi = Math.max(losses.length > 0 ? Math.max(...losses) : 4, lo + 0.5) + 0.1;
  const x = scaleLinear().domain([minStep, maxStep]).range([M.left, width - M.right]);
  const y = scaleLinear().domain([lo, hi]).range([HEIGHT - M.bottom, M.top]).nice();
  const path = line<[number, number]>().defined((p) => Number.isFinite(p[1])).x((p) => x(p[0])).y((p) => y(p[1]));
  const [y0, y1] = y.domain();
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT} role="img"
      aria-label={t.chartLabel}>
      <AxisLeft scale={y} offset={M.left} ticks={5} format={(v) => v.toFixed(1)} label={t.axisLoss} />
      <AxisBottom scale={x} offset={HEIGHT - M.bottom} ticks={Math.max(2, Math.floor(width / 90))} label={t.axisStep} format={(v) => String(Math.round(v))} />
      <g aria-hidden="true">
        <line x1={width - M.right} x2={width - M.right} y1={M.top} y2={HEIGHT - M.bottom} stroke="currentColor" strokeOpacity={0.4} />
        {PPL_TICKS.filter((p) => Math.log(p) >= y0 && Math.log(p) <= y1).map((p) => (
          <text key={p} x={width - M.right + 6} y={y(Math.log(p))} dy="0.32em" fontSize={11} fill="currentColor">{p}</text>
        ))}
        <text transform={`translate(${width - 8},${(M.top + HEIGHT - M.bottom) / 2}) rotate(90)`} textAnchor="middle" fontSize={12} fill="currentColor">{t.axisPerplexity}</text>
      </g>
      {ghosts.map((g) => (
        <g key={g.id} data-pin-line={g.id}>
          <path d={path(g.train) ?? ''} fill="none" stroke={g.colour} strokeWidth={1.75} strokeOpacity={0.85} strokeDasharray={g.dash} data-series={`${g.id} train`} />
          <path d={path(g.heldOut) ?? ''} fill="none" stroke={g.colour} strokeWidth={1.25} strokeOpacity={0.7} strokeDasharray={g.dash} data-series={`${g.id} held-out`} />
          {g.heldOut.filter(([, l]) => Number.isFinite(l)).map(([s, l]) => <circle key={s} cx={x(s)} cy={y(l)} r={2.5} fill="white" stroke={g.colour} />)}
        </g>
      ))}
      <path d={path(train) ?? ''} fill="none" stroke={trainColour} strokeWidth={2} data-series="train" />
      <path d={path(heldOut) ?? ''} fill="none" stroke={HELD_OUT_COLOUR} strokeWidth={2.5} strokeDasharray="6 3" data-series="held-out" />
      {heldOut.filter(([, l]) => Number.isFinite(l)).map(([s, l]) => <circle key={s} cx={x(s)} cy={y(l)} r={3} fill={HELD_OUT_COLOUR} />)}
    </svg>
  );
}
