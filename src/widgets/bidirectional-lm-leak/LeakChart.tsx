/**
 * Held-out next-word loss against training steps, two ways for each model: with the
 * whole sentence given (as in training: solid) and with each word predicted from its
 * prefix alone (as in generation: dashed).
 */
import { scaleLinear, line } from 'd3';
import { AxisBottom, AxisLeft } from '../../viz/Axis';
import { useMessages } from '../../app/messages';
import type { ModelRun } from '../word-shared/run-state';
import { wordText } from '../word-shared/text';
import { lmLeakText } from './text';

export interface LeakSeries {
  key: string;
  colour: string;
}

const HEIGHT = 210;
const M = { top: 10, right: 12, bottom: 40, left: 52 };

export function LeakChart({ runs, series, width, maxStep }: { runs: Record<string, ModelRun>; series: readonly LeakSeries[]; width: number; maxStep: number }) {
  const w = useMessages(wordText);
  const m = useMessages(lmLeakText);
  const values = series.flatMap((s) => (runs[s.key]?.curve ?? []).flatMap((p) => [p.loss, p.prefix])).filter(Number.isFinite);
  const top = Math.min(8, Math.max(1, ...values));
  const x = scaleLinear().domain([0, Math.max(10, maxStep)]).range([M.left, width - M.right]);
  const y = scaleLinear().domain([0, top]).range([HEIGHT - M.bottom, M.top]).clamp(true);
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT} role="img"
      aria-label={m.chart}>
      <AxisLeft scale={y} offset={M.left} ticks={5} label={m.lossAxis} />
      <AxisBottom scale={x} offset={HEIGHT - M.bottom} ticks={Math.max(2, Math.floor(width / 90))} label={w.stepsAxis} />
      {series.flatMap((s) => (['loss', 'prefix'] as const).map((field) => {
        const pts = (runs[s.key]?.curve ?? []).filter((p) => Number.isFinite(p[field]));
        const d = line<(typeof pts)[number]>().x((p) => x(p.step)).y((p) => y(p[field]))(pts) ?? '';
        return <path key={`${s.key}-${field}`} data-series={`${s.key}-${field}`} d={d} fill="none" stroke={s.colour} strokeWidth={2.4}
          strokeDasharray={field === 'prefix' ? '7 4' : undefined} />;
      }))}
    </svg>
  );
}
