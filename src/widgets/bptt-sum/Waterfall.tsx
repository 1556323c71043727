/**
 * Panel (b): the exact additive picture. Each part's projection onto the total's
 * direction, p_t = ⟨G_t, G⟩/‖G‖, is a step of a waterfall (up when positive, down
 * when negative); the steps land exactly on ‖G‖. Beside it the full total and what
 * the kept parts add up to under truncation.
 */
import { scaleLinear } from 'd3';
import { AxisLeft } from '../../viz/Axis';
import { formatNumber } from '../../viz/scales';
import { START, tokenLabel } from '../../data/char-vocab';
import { ChunkMarks } from './ChunkMarks';
import { columnX, labelEvery, type ColumnLayout } from './layout';
import { DROPPED_COLOUR, PART_COLOUR } from './colours';
import { useMessages } from '../../app/messages';
import { bpttSumText } from './text';

interface WaterfallProps {
  layout: ColumnLayout;
  projections: ArrayLike<number>;
  inputs: number[];
  k: number;
  first: number;
  totalNorm: number;
  /** Σ of the kept projections. */
  keptSum: number;
}

const HEIGHT = 218, TOP = 18, BOTTOM = 168;

/** The label under a column: the input character (the start token as ▸, a space as ␣). */
const charLabel = (id: number) => (id === START ? '▸' : tokenLabel(id));

export function Waterfall({ layout, projections, inputs, k, first, totalNorm, keptSum }: WaterfallProps) {
  const text = useMessages(bpttSumText);
  const T = projections.length;
  const starts: number[] = [];
  let c = 0, lo = 0, hi = 0;
  for (let t = 0; t < T; t++) {
    starts.push(c);
    c += projections[t];
    lo = Math.min(lo, c);
    hi = Math.max(hi, c);
  }
  hi = Math.max(hi, totalNorm, keptSum);
  lo = Math.min(lo, keptSum);
  if (lo > -0.02 * hi) lo = 0; // dips too small to see would only push the axis below 0
  const y = scaleLinear().domain([lo, hi || 1]).nice(4).range([BOTTOM, TOP]);
  const w = Math.max(1, layout.column - (layout.column > 4 ? 1 : 0));
  const every = labelEvery(layout);
  const totals = [
    { label: text.full, v: totalNorm, kept: true },
    { label: k > 0 ? `k = ${k}` : text.kOff, v: keptSum, kept: true },
  ];
  return (
    <svg className="chart" viewBox={`0 0 ${layout.width} ${HEIGHT}`} width={layout.width} height={HEIGHT} role="img" data-testid="bs-waterfall"
      aria-label={text.waterfallLabel(T, formatNumber(totalNorm), formatNumber(keptSum))}>
      <ChunkMarks layout={layout} steps={T} k={k} first={first} top={TOP} bottom={BOTTOM} />
      <AxisLeft scale={y} offset={layout.left - 2} ticks={4} format={formatNumber} />
      <line x1={layout.left} x2={layout.width - 2} y1={y(0)} y2={y(0)} stroke="currentColor" strokeOpacity={0.5} />
      {Array.from(projections, (p, t) => {
        const a = y(starts[t]), b = y(starts[t] + p);
        const colour = t < first ? DROPPED_COLOUR : PART_COLOUR;
        return (
          <rect key={t} x={columnX(layout, t)} y={Math.min(a, b)} width={w} height={Math.max(0.5, Math.abs(a - b))}
            fill={p >= 0 ? colour : 'white'} stroke={p >= 0 ? 'none' : colour} strokeWidth={1} data-kept={t >= first}>
            <title>{text.barTitle(t + 1, tokenLabel(inputs[t]), `p = ${formatNumber(p)}`, t < first)}</title>
          </rect>
        );
      })}
      <line x1={columnX(layout, T)} x2={layout.totals} y1={y(totalNorm)} y2={y(totalNorm)} stroke={PART_COLOUR} strokeDasharray="2 2" />
      {totals.map(({ label, v }, i) => {
        const x = layout.totals + i * (layout.totalBar + 6);
        return (
          <g key={label} data-testid={i === 0 ? 'bs-total-full' : 'bs-total-kept'}>
            <rect x={x} y={Math.min(y(0), y(v))} width={layout.totalBar} height={Math.abs(y(0) - y(v))} fill={PART_COLOUR} fillOpacity={i === 0 ? 1 : 0.55} />
            <text x={x + layout.totalBar / 2} y={Math.min(y(0), y(v)) - 4} textAnchor="middle" fontSize={10} fill="currentColor">{formatNumber(v)}</text>
            <text x={x + layout.totalBar / 2} y={BOTTOM + 13} textAnchor="middle" fontSize={10} fill="currentColor">{label}</text>
          </g>
        );
      })}
      <g aria-hidden="true" fontSize={10} fill="currentColor">
        {every === 1 && inputs.map((id, t) => (
          <text key={t} x={columnX(layout, t) + layout.column / 2} y={BOTTOM + 13} textAnchor="middle" fontFamily="var(--font-mono, monospace)">{charLabel(id)}</text>
        ))}
        {inputs.map((_, t) => ((t + 1) % 10 === 0 || t === 0) && (
          <text key={`n${t}`} x={columnX(layout, t) + layout.column / 2} y={BOTTOM + 28} textAnchor="middle" fillOpacity={0.6}>{t + 1}</text>
        ))}
        <text x={layout.left} y={BOTTOM + 44} fillOpacity={0.75}>{every === 1 ? text.axisInputs : text.axisSteps}</text>
      </g>
    </svg>
  );
}
