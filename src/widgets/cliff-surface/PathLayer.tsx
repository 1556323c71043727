/**
 * One descent path on the surface: its line, a dot per step, and (where it applies)
 * the mark of its longest step, where it left the plot, or where it broke down.
 * Parts outside the plotted region are cut by the chart's clip path.
 */
import { line, type ScaleLinear } from 'd3';
import type { PathPoint } from '../../core/cliff';
import { PATH_STYLE, type PathKind } from './path-style';

interface PathLayerProps {
  kind: PathKind;
  /** The points to draw (already cut to the steps shown). */
  points: PathPoint[];
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** Id of the clipPath of the plot area. */
  clipId: string;
}

export function PathLayer({ kind, points, x, y, clipId }: PathLayerProps) {
  const style = PATH_STYLE[kind];
  const d = line<PathPoint>()
    .x((p) => x(p.w))
    .y((p) => y(p.b))(points) ?? '';
  return (
    <g className={`cliff-path cliff-path-${kind}`} clipPath={`url(#${clipId})`}>
      <path d={d} fill="none" stroke="white" strokeOpacity={0.85} strokeWidth={4.5} strokeLinejoin="round" />
      <path data-path={kind} d={d} fill="none" stroke={style.colour} strokeWidth={2} strokeDasharray={style.dash} strokeLinejoin="round" />
      {points.slice(1).map((p) => (
        <circle key={p.step} cx={x(p.w)} cy={y(p.b)} r={kind === 'plain' ? 3.2 : 2.4} fill={style.colour} stroke="white" strokeWidth={0.8} />
      ))}
    </g>
  );
}

/** Where the segment a→b first crosses the border of the box [x0,x1]×[y0,y1] (Liang–Barsky), or null. */
export function exitPoint(a: [number, number], b: [number, number], box: [number, number, number, number]): [number, number] | null {
  const [x0, y0, x1, y1] = box;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let tOut = 1;
  const edges: [number, number][] = [[-dx, a[0] - x0], [dx, x1 - a[0]], [-dy, a[1] - y0], [dy, y1 - a[1]]];
  for (const [p, q] of edges) {
    if (p > 0) tOut = Math.min(tOut, q / p);
    else if (p === 0 && q < 0) return null;
  }
  if (!(tOut >= 0 && tOut < 1)) return null;
  return [a[0] + tOut * dx, a[1] + tOut * dy];
}
