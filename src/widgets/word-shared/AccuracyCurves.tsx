/** Held-out accuracy against training steps, one line per model, with chance marked. */
import { scaleLinear, line } from 'd3';
import { AxisBottom, AxisLeft } from '../../viz/Axis';
import { useMessages } from '../../app/messages';
import type { ModelRun } from './run-state';
import { wordText } from './text';

export interface CurveStyle {
  key: string;
  label: string;
  colour: string;
  dash?: string;
}

const HEIGHT = 190;
const M = { top: 10, right: 12, bottom: 40, left: 52 };

export function AccuracyCurves({ runs, styles, width, chance, maxStep, title, metric = 'accuracy', yLabel }: {
  runs: Record<string, ModelRun>;
  styles: readonly CurveStyle[];
  width: number;
  /** Accuracy of always guessing the commonest class. */
  chance: number;
  maxStep: number;
  title: string;
  /** All held-out predictions, or only the dataset's focus words. */
  metric?: 'accuracy' | 'focus';
  /** Default: held-out accuracy. */
  yLabel?: string;
}) {
  const m = useMessages(wordText);
  const x = scaleLinear().domain([0, Math.max(10, maxStep)]).range([M.left, width - M.right]);
  const y = scaleLinear().domain([0, 1]).range([HEIGHT - M.bottom, M.top]);
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT} role="img" aria-label={title}>
      <AxisLeft scale={y} offset={M.left} ticks={5} format={(v) => `${Math.round(v * 100)}%`} label={yLabel ?? m.heldOutAccuracy} />
      <AxisBottom scale={x} offset={HEIGHT - M.bottom} ticks={Math.max(2, Math.floor(width / 90))} label={m.stepsAxis} />
      {chance > 0 && <line x1={M.left} x2={width - M.right} y1={y(chance)} y2={y(chance)} stroke="currentColor" strokeDasharray="4 4" strokeOpacity={0.5} />}
      {chance > 0 && <text x={width - M.right} y={y(chance) - 4} textAnchor="end" fontSize={10} fill="currentColor">{m.commonestGuess}</text>}
      {styles.map((s) => {
        const curve = (runs[s.key]?.curve ?? []).map((p) => ({ step: p.step, accuracy: p[metric] })).filter((p) => Number.isFinite(p.accuracy));
        const d = line<(typeof curve)[number]>().x((p) => x(p.step)).y((p) => y(p.accuracy))(curve) ?? '';
        const last = curve.at(-1);
        return (
          <g key={s.key} data-model={s.key}>
            <path d={d} fill="none" stroke={s.colour} strokeWidth={2.5} strokeDasharray={s.dash} />
            {last && <circle cx={x(last.step)} cy={y(last.accuracy)} r={4} fill={s.colour} />}
          </g>
        );
      })}
    </svg>
  );
}
