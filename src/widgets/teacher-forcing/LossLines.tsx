/** J(t) of the true next character at every step, teacher forcing against free running, with the takeover step marked. */
import { line, scaleLinear } from 'd3';
import { AxisBottom, AxisLeft } from '../../viz/Axis';
import type { Comparison } from './compute';
import { meanLoss } from './compute';
import { FORCED_COLOUR, FREE_COLOUR, FREE_TEXT_COLOUR } from './colours';
import { useMessages } from '../../app/messages';
import { teacherForcingText } from './text';

const M = { top: 12, right: 12, bottom: 40, left: 46 };

export function LossLines({ c, width }: { c: Comparison; width: number }) {
  const w = useMessages(teacherForcingText);
  const height = width < 520 ? 190 : 230;
  const T = c.clean.losses.length;
  const all = [...c.forced.losses, ...c.free.losses, ...c.clean.losses].filter(Number.isFinite);
  const x = scaleLinear().domain([1, Math.max(2, T)]).range([M.left, width - M.right]);
  const y = scaleLinear().domain([0, Math.max(1, ...all)]).nice().range([height - M.bottom, M.top]);
  const path = (losses: Float64Array) => line<number>().x((_, k) => x(k + 1)).y((v) => y(v))(Array.from(losses)) ?? '';
  const series = [
    ...(c.mistake ? [{ key: 'clean', d: path(c.clean.losses), colour: FORCED_COLOUR, dash: '2 3', w: 1 }] : []),
    { key: 'forced', d: path(c.forced.losses), colour: FORCED_COLOUR, dash: undefined, w: 2 },
    { key: 'free', d: path(c.free.losses), colour: FREE_COLOUR, dash: undefined, w: 2 },
  ];
  const sx = x(c.from + 1);
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" data-testid="tf-losses"
      aria-label={w.chartLabel(meanLoss(c.forced.losses).toFixed(2), meanLoss(c.free.losses).toFixed(2))}>
      <AxisLeft scale={y} offset={M.left} ticks={4} label="J(t)" />
      <AxisBottom scale={x} offset={height - M.bottom} ticks={width < 520 ? 4 : 8} label={w.axisStep} />
      <line x1={sx} x2={sx} y1={M.top} y2={height - M.bottom} stroke={FREE_COLOUR} strokeDasharray="4 3" />
      <text x={sx + 4} y={M.top + 10} fontSize={11} fill={FREE_TEXT_COLOUR}>{c.mistake ? w.markMistake : w.markFree}</text>
      {series.map((s) => <path key={s.key} d={s.d} data-series={s.key} fill="none" stroke={s.colour} strokeWidth={s.w} strokeDasharray={s.dash} />)}
      {[{ l: c.forced.losses, colour: FORCED_COLOUR }, { l: c.free.losses, colour: FREE_COLOUR }].map(({ l, colour }, k) => (
        <line key={k} x1={M.left} x2={width - M.right} y1={y(meanLoss(l))} y2={y(meanLoss(l))} stroke={colour} strokeOpacity={0.5} strokeDasharray="8 4" />
      ))}
    </svg>
  );
}
