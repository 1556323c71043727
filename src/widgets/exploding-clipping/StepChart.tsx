/**
 * One quantity per training step on the shared log magnitude scale: the first run
 * and the replay, the non-finite step drawn as itself (a red NaN or ∞ at the top,
 * never a gap without a word), and on the gradient chart the clipping threshold and
 * each clipped step as a drop from ‖∂J/∂θ‖ to the clipped length. The threshold
 * comes from a frame source and is painted: dragging it re-renders the chart only
 * when the axis has to take in a new decade.
 */
import { useRef } from 'react';
import { line as d3line, scaleLinear } from 'd3';
import type { ExplodingProgress } from '../../worker/tasks/exploding-run';
import { AxisBottom, AxisLeft } from '../../viz/Axis';
import { magnitudeScale, formatNumber } from '../../viz/scales';
import { usePaint, useSourceFact } from '../../viz/use-paint';
import { constantSource, type FrameSource } from '../../state/frame-source';
import { LINE_STYLE, type LineKind } from './schema';
import { explodingText } from './text';
import { useMessages } from '../../app/messages';

export interface ChartLine {
  kind: LineKind;
  /** The steps to draw (a replay starts with the first run's step before it, to join the two). */
  steps: ExplodingProgress[];
}

/** A pinned run's ghost: its steps, drawn thin and dashed under the live lines. */
export interface GhostLine {
  id: string;
  steps: ExplodingProgress[];
  colour: string;
  dash: string;
}

interface StepChartProps {
  width: number;
  lines: ChartLine[];
  ghosts?: GhostLine[];
  /** The quantity drawn. */
  value(step: ExplodingProgress): number;
  yLabel: string;
  /** What the chart shows, for screen readers. */
  label: string;
  /** Right end of the step axis. */
  xMax: number;
  /** Gradient chart only: the clipping threshold in force now (null when clipping is off). */
  threshold?: FrameSource<number | null>;
  /** Gradient chart only: mark the clipped steps. */
  markClipped?: boolean;
  /** For tests and styling. */
  name: string;
}

const HEIGHT = 200;
const M = { top: 22, right: 14, bottom: 40, left: 58 };
const NO_THRESHOLD = constantSource<number | null>(null);

export function StepChart({ width, lines, ghosts = [], value, yLabel, label, xMax, threshold: thresholdSource = NO_THRESHOLD, markClipped = false, name }: StepChartProps) {
  const m = useMessages(explodingText);
  const x = scaleLinear().domain([0, xMax]).range([M.left, width - M.right]);
  const values = [...lines, ...ghosts].flatMap((l) => l.steps.map(value));
  const scaleWith = (t: number | null) => magnitudeScale(t ? [...values, t] : values, [HEIGHT - M.bottom, M.top]);
  // Re-render when clipping switches or the threshold takes the axis to another decade.
  useSourceFact(thresholdSource, (t) => `${t === null}:${scaleWith(t).domain().join()}`);
  const threshold = thresholdSource.get();
  const y = scaleWith(threshold);
  const thresholdLine = useRef<SVGLineElement>(null);
  const thresholdText = useRef<SVGTextElement>(null);
  usePaint(thresholdSource, (t) => {
    if (t === null || !thresholdLine.current || !thresholdText.current) return;
    const at = String(scaleWith(t)(t));
    thresholdLine.current.setAttribute('y1', at);
    thresholdLine.current.setAttribute('y2', at);
    thresholdText.current.setAttribute('y', String(scaleWith(t)(t) - 4));
    thresholdText.current.textContent = m.thresholdMark(formatNumber(t));
    thresholdLine.current.parentElement?.setAttribute('data-threshold', String(t));
  });
  const ok = (v: number) => Number.isFinite(v) && v > 0;
  const path = (steps: ExplodingProgress[]) =>
    d3line<ExplodingProgress>().defined((s) => ok(value(s))).x((s) => x(s.step)).y((s) => y(value(s)))(steps) ?? '';

  return (
    <svg className={`chart step-chart ${name}`} data-chart={name} viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT} role="img" aria-label={label}>
      <AxisLeft scale={y} offset={M.left} decades label={yLabel} />
      <AxisBottom scale={x} offset={HEIGHT - M.bottom} ticks={Math.max(3, Math.round(width / 90))} label={m.stepAxis} />
      {threshold !== null && (
        <g>
          <line ref={thresholdLine} x1={M.left} x2={width - M.right} stroke="#0072b2" strokeWidth={1.5} strokeDasharray="2 3" />
          <text ref={thresholdText} x={width - M.right - 2} textAnchor="end" className="ec-label ec-threshold" />
        </g>
      )}
      {ghosts.map((g) => (
        <path key={g.id} d={path(g.steps)} fill="none" stroke={g.colour} strokeWidth={1.75} strokeOpacity={0.85} strokeDasharray={g.dash} data-line={g.id} />
      ))}
      {lines.map(({ kind, steps }) => {
        const style = LINE_STYLE[kind];
        return (
          <g key={kind} data-line={kind}>
            <path d={path(steps)} fill="none" stroke={style.colour} strokeWidth={2} strokeDasharray={style.dash} />
            {markClipped &&
              steps.filter((s) => s.clipped).map((s) => (
                <g key={s.step} data-clipped-step={s.step}>
                  <line x1={x(s.step)} x2={x(s.step)} y1={y(s.gradNorm)} y2={y(s.clippedGradNorm)} stroke="#0072b2" strokeOpacity={0.6} />
                  <circle cx={x(s.step)} cy={y(s.clippedGradNorm)} r={1.8} fill="#0072b2" />
                </g>
              ))}
            {steps.filter((s) => s.nonFinite).map((s) => (
              <g key={`nf-${s.step}`} className="ec-nonfinite" data-nonfinite-step={s.step}>
                <line x1={x(s.step)} x2={x(s.step)} y1={M.top} y2={HEIGHT - M.bottom} stroke="#c1121f" strokeDasharray="3 3" />
                <text x={x(s.step)} y={M.top - 6} textAnchor={x(s.step) > width - 60 ? 'end' : 'middle'} className="ec-label nonfinite">
                  {m.nonFiniteAt(formatNumber(value(s)), s.step)}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
