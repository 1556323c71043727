/** Loss per descent step for both paths, on a log axis; the unclipped jump is marked. */
import { useMemo } from 'react';
import { line, scaleLinear } from 'd3';
import type { DescentPath, PathPoint } from '../../core/cliff';
import { AxisBottom, AxisLeft } from '../../viz/Axis';
import { magnitudeScale } from '../../viz/scales';
import { PATH_STYLE, type PathKind } from './path-style';
import { cliffText } from './text';
import { useMessages } from '../../app/messages';

interface LossChartProps {
  width: number;
  plain: DescentPath;
  clipped: DescentPath;
  /** Number of updates requested (the x axis spans them all). */
  steps: number;
  shown: number;
  /** Step to mark as the unclipped jump, or null. */
  jumpStep: number | null;
}

const M = { top: 10, right: 12, bottom: 40, left: 50 };
const HEIGHT = 190;

export function LossChart({ width, plain, clipped, steps, shown, jumpStep }: LossChartProps) {
  const m = useMessages(cliffText);
  const x = useMemo(() => scaleLinear().domain([0, steps]).range([M.left, width - M.right]), [steps, width]);
  const y = useMemo(() => {
    const all = [...plain.points, ...clipped.points].map((p) => p.loss);
    return magnitudeScale(all, [HEIGHT - M.bottom, M.top]);
  }, [plain, clipped]);
  const shape = line<PathPoint>()
    .defined((p) => Number.isFinite(p.loss) && p.loss > 0)
    .x((p) => x(p.step))
    .y((p) => y(p.loss));
  const draw = (kind: PathKind, path: DescentPath) => {
    const style = PATH_STYLE[kind];
    const pts = path.points.slice(0, shown + 1);
    return (
      <g key={kind}>
        <path data-loss={kind} d={shape(pts) ?? ''} fill="none" stroke={style.colour} strokeWidth={2} strokeDasharray={style.dash} />
        {pts.length <= 60 && pts.map((p) => <circle key={p.step} cx={x(p.step)} cy={y(p.loss)} r={kind === 'plain' ? 2.6 : 1.8} fill={style.colour} />)}
      </g>
    );
  };
  return (
    <svg className="chart" width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img"
      aria-label={m.lossChart}>
      <AxisBottom scale={x} offset={HEIGHT - M.bottom} ticks={Math.max(3, Math.round(width / 90))} label={m.descentAxis} />
      <AxisLeft scale={y} offset={M.left} decades label={m.lossAxis} />
      {jumpStep !== null && jumpStep <= shown && (
        <g>
          <line x1={x(jumpStep)} x2={x(jumpStep)} y1={M.top} y2={HEIGHT - M.bottom} stroke={PATH_STYLE.plain.colour} strokeDasharray="2 3" />
          <text x={x(jumpStep) + (x(jumpStep) > width * 0.7 ? -4 : 4)} y={M.top + 10} textAnchor={x(jumpStep) > width * 0.7 ? 'end' : 'start'} className="cliff-label">
            {m.jump}
          </text>
        </g>
      )}
      {draw('plain', plain)}
      {draw('clipped', clipped)}
      {([['plain', plain], ['clipped', clipped]] as const).map(([kind, path], i) =>
        path.nonFinite && path.nonFinite.step <= shown ? (
          <text key={kind} x={Math.min(x(path.nonFinite.step), width - M.right)} y={M.top + 24 + 14 * i} textAnchor="end" className="cliff-label nonfinite">
            {m.pathNonFiniteAt(m[kind], path.nonFinite.step)}
          </text>
        ) : null,
      )}
    </svg>
  );
}
