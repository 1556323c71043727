/**
 * The loss surface over (w, b) with both descent paths. React renders the SVG; d3
 * gives the scales, contours and line shapes. Clicking or tapping the surface moves
 * the start (the start sliders do the same from the keyboard).
 */
import { useId, useMemo, type MouseEvent } from 'react';
import { scaleLinear, type ScaleLinear } from 'd3';
import { cliffBias, type DescentPath } from '../../core/cliff';
import { AxisBottom, AxisLeft } from '../../viz/Axis';
import { contourPaths, GRID_SIZE } from './surface-image';
import { useSurface } from './use-surface';
import { PathLayer, exitPoint } from './PathLayer';
import { W_EXTENT, B_EXTENT } from './schema';
import { PATH_STYLE } from './path-style';
import { inRegion } from './summary';
import { cliffText } from './text';
import { useMessages } from '../../app/messages';

interface SurfaceChartProps {
  width: number;
  plain: DescentPath;
  clipped: DescentPath;
  /** Updates shown (playback). */
  shown: number;
  /** The unclipped path's longest update (its step index), marked on the picture. */
  jumpStep: number;
  /** Whether that update is a jump worth marking (met the cliff). */
  markJump: boolean;
  onPick(w: number, b: number): void;
}

const M = { top: 10, right: 12, bottom: 42, left: 50 };

/** Rough width in px of a 12px bold label: Hangul glyphs are about twice as wide as Latin ones. */
const labelWidth = (text: string) => [...text].reduce((w, c) => w + (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(c) ? 12 : 6.6), 0);

export function SurfaceChart({ width, plain, clipped, shown, jumpStep, markJump, onPick }: SurfaceChartProps) {
  const m = useMessages(cliffText);
  const clipId = useId().replace(/:/g, '');
  const height = Math.round(Math.min(460, Math.max(300, width * 0.72)));
  const x = useMemo(() => scaleLinear().domain([W_EXTENT.min, W_EXTENT.max]).range([M.left, width - M.right]), [width]);
  const y = useMemo(() => scaleLinear().domain([B_EXTENT.min, B_EXTENT.max]).range([height - M.bottom, M.top]), [height]);
  const surface = useSurface();
  const contours = useMemo(() => (surface ? contourPaths(surface, x, y) : []), [surface, x, y]);
  const image = surface?.image ?? null;
  const halfW = (W_EXTENT.max - W_EXTENT.min) / (GRID_SIZE - 1) / 2;
  const halfB = (B_EXTENT.max - B_EXTENT.min) / (GRID_SIZE - 1) / 2;

  const plainShown = plain.points.slice(0, shown + 1);
  const clippedShown = clipped.points.slice(0, shown + 1);
  const start = plain.points[0];
  const box: [number, number, number, number] = [x.range()[0], y.range()[1], x.range()[1], y.range()[0]];

  // Where the unclipped path leaves the plot (shown as an arrow at the border).
  const exits: { at: [number, number]; to: { w: number; b: number }; step: number }[] = [];
  for (let k = 1; k < plainShown.length; k++) {
    const a = plainShown[k - 1];
    const b = plainShown[k];
    if (inRegion(a, W_EXTENT, B_EXTENT) && !inRegion(b, W_EXTENT, B_EXTENT)) {
      const at = exitPoint([x(a.w), y(a.b)], [x(b.w), y(b.b)], box);
      if (at) exits.push({ at, to: b, step: k });
    }
  }
  const jumpFrom = markJump && jumpStep >= 1 && jumpStep <= shown ? plain.points[jumpStep - 1] : null;
  const broke = plain.nonFinite && plain.nonFinite.step <= shown ? plain.points[plain.points.length - 1] : null;

  const pick = (e: MouseEvent<SVGRectElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const px = M.left + ((e.clientX - r.left) / r.width) * (x.range()[1] - x.range()[0]);
    const py = M.top + ((e.clientY - r.top) / r.height) * (y.range()[0] - y.range()[1]);
    onPick(x.invert(px), y.invert(py));
  };

  const label = (px: number) => (px > width * 0.6 ? 'end' : 'start');
  /** Left edge for a label of this text near px, kept inside the plot. */
  const fit = (px: number, text: string) => {
    const w = labelWidth(text);
    const left = px > width * 0.6 ? px - w : px;
    return Math.max(M.left + 4, Math.min(left, width - M.right - 4 - w));
  };
  const short = (v: number) => String(Number(v.toPrecision(3)));
  const cliff = cliffLabel(x, y);

  return (
    <svg className="chart cliff-surface-chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img"
      aria-label={m.surfaceChart}>
      <defs>
        <clipPath id={clipId}>
          <rect x={box[0]} y={box[1]} width={box[2] - box[0]} height={box[3] - box[1]} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        {!surface && (
          <text x={(box[0] + box[2]) / 2} y={(box[1] + box[3]) / 2} textAnchor="middle" fontSize={12} fill="currentColor">
            {m.computing}
          </text>
        )}
        {image && (
          <image data-surface="" href={image} preserveAspectRatio="none" x={x(W_EXTENT.min - halfW)} y={y(B_EXTENT.max + halfB)}
            width={x(W_EXTENT.max + halfW) - x(W_EXTENT.min - halfW)} height={y(B_EXTENT.min - halfB) - y(B_EXTENT.max + halfB)} />
        )}
        <g fill="none" stroke="white" strokeOpacity={0.35} strokeWidth={0.7}>
          {contours.map((c) => <path key={c.level} d={c.d} />)}
        </g>
      </g>
      {cliff && (
        <text className="cliff-label cliff-wall-label" transform={`translate(${cliff.x},${cliff.y}) rotate(${cliff.angle})`} dy={18} textAnchor="middle" pointerEvents="none">
          {m.cliff}
        </text>
      )}
      <AxisBottom scale={x} offset={height - M.bottom} ticks={Math.max(4, Math.round(width / 80))} label={m.wAxis} />
      <AxisLeft scale={y} offset={M.left} ticks={6} label={m.bAxis} />
      <rect x={box[0]} y={box[1]} width={box[2] - box[0]} height={box[3] - box[1]} fill="transparent" style={{ cursor: 'crosshair' }}
        onClick={pick} aria-hidden="true" data-pick="" />
      <g pointerEvents="none">
        <PathLayer kind="plain" points={plainShown} x={x} y={y} clipId={clipId} />
        <PathLayer kind="clipped" points={clippedShown} x={x} y={y} clipId={clipId} />
        <circle cx={x(start.w)} cy={y(start.b)} r={6} fill="white" stroke="#1b1f24" strokeWidth={2} />
        <text x={x(start.w) + (label(x(start.w)) === 'start' ? 9 : -9)} y={y(start.b) - 8} textAnchor={label(x(start.w))} className="cliff-label">{m.start}</text>
        {jumpFrom && (
          <g data-jump={jumpStep}>
            <circle cx={x(jumpFrom.w)} cy={y(jumpFrom.b)} r={10} fill="none" stroke={PATH_STYLE.plain.colour} strokeWidth={2.5} />
            <text x={x(jumpFrom.w) + (label(x(jumpFrom.w)) === 'start' ? 14 : -14)} y={y(jumpFrom.b) + 18} textAnchor={label(x(jumpFrom.w))} className="cliff-label">
              {m.jumpAt(jumpStep)}
            </text>
          </g>
        )}
        {exits.map((e) => {
          const line1 = m.offPlot(e.step);
          const line2 = m.offPlotTo(short(e.to.w), short(e.to.b));
          const lx = fit(e.at[0], labelWidth(line1) > labelWidth(line2) ? line1 : line2);
          const ly = Math.min(Math.max(e.at[1] + 16, M.top + 14), height - M.bottom - 22);
          return (
            <g key={e.step} data-exit={e.step}>
              <circle cx={e.at[0]} cy={e.at[1]} r={4} fill={PATH_STYLE.plain.colour} />
              <text x={lx} y={ly} className="cliff-label">
                <tspan x={lx}>{line1}</tspan>
                <tspan x={lx} dy={14}>{line2}</tspan>
              </text>
            </g>
          );
        })}
        {broke && (
          <text x={fit(Math.min(Math.max(x(broke.w), box[0]), box[2]), m.nonFiniteAt(plain.nonFinite!.step))} y={Math.min(Math.max(y(broke.b) - 12, M.top + 14), height - M.bottom - 6)}
            className="cliff-label nonfinite">{m.nonFiniteAt(plain.nonFinite!.step)}</text>
        )}
      </g>
      <rect x={box[0]} y={box[1]} width={box[2] - box[0]} height={box[3] - box[1]} fill="none" stroke="currentColor" strokeOpacity={0.4} />
    </svg>
  );
}

/** Where to write "the cliff": along the jump line, three quarters across the plot, if it is there. */
function cliffLabel(x: ScaleLinear<number, number>, y: ScaleLinear<number, number>) {
  const w1 = W_EXTENT.min + 0.72 * (W_EXTENT.max - W_EXTENT.min);
  const w2 = w1 + 0.5;
  const b1 = cliffBias(w1);
  const b2 = cliffBias(w2);
  if (b1 === null || b2 === null || b1 < B_EXTENT.min || b1 > B_EXTENT.max) return null;
  const angle = (Math.atan2(y(b2) - y(b1), x(w2) - x(w1)) * 180) / Math.PI;
  return { x: x(w1), y: y(b1), angle };
}
