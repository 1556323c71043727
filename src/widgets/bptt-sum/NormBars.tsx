/** Panel (a): the norm ‖G_t‖ of every part on the shared log scale for gradient magnitudes. */
import { AxisLeft } from '../../viz/Axis';
import { formatNumber, magnitudeScale } from '../../viz/scales';
import { tokenLabel } from '../../data/char-vocab';
import { ChunkMarks } from './ChunkMarks';
import { columnX, type ColumnLayout } from './layout';
import { DROPPED_COLOUR, PART_COLOUR } from './colours';
import { useMessages } from '../../app/messages';
import { bpttSumText } from './text';

interface NormBarsProps {
  layout: ColumnLayout;
  norms: ArrayLike<number>;
  inputs: number[];
  k: number;
  first: number;
  /** Sum of the norms and the norm of the sum, drawn as the two totals. */
  sumOfNorms: number;
  totalNorm: number;
}

const HEIGHT = 150, TOP = 10, BOTTOM = 130;

export function NormBars({ layout, norms, inputs, k, first, sumOfNorms, totalNorm }: NormBarsProps) {
  const text = useMessages(bpttSumText);
  const T = norms.length;
  const y = magnitudeScale([...Array.from(norms), sumOfNorms, totalNorm], [BOTTOM, TOP]);
  const bar = (v: number) => (v > 0 ? Math.max(1, BOTTOM - y(v)) : 0);
  const w = Math.max(1, layout.column - (layout.column > 4 ? 1 : 0));
  const totals = [
    { label: 'Σ‖G_t‖', v: sumOfNorms, fill: 'none' },
    { label: '‖G‖', v: totalNorm, fill: PART_COLOUR },
  ];
  return (
    <svg className="chart" viewBox={`0 0 ${layout.width} ${HEIGHT}`} width={layout.width} height={HEIGHT} role="img" data-testid="bs-norms"
      aria-label={text.normsLabel(T, formatNumber(sumOfNorms), formatNumber(totalNorm))}>
      <ChunkMarks layout={layout} steps={T} k={k} first={first} top={TOP} bottom={BOTTOM} />
      <AxisLeft scale={y} offset={layout.left - 2} decades ticks={4} />
      {Array.from(norms, (v, t) => (
        <rect key={t} x={columnX(layout, t)} y={BOTTOM - bar(v)} width={w} height={bar(v)} fill={t < first ? DROPPED_COLOUR : PART_COLOUR} data-kept={t >= first}>
          <title>{text.barTitle(t + 1, tokenLabel(inputs[t]), `‖G‖ = ${formatNumber(v)}`, t < first)}</title>
        </rect>
      ))}
      {totals.map(({ label, v, fill }, i) => {
        const x = layout.totals + i * (layout.totalBar + 6);
        return (
          <g key={label}>
            <rect x={x} y={BOTTOM - bar(v)} width={layout.totalBar} height={bar(v)} fill={fill} stroke={PART_COLOUR} strokeWidth={1.5} />
            <text x={x + layout.totalBar / 2} y={BOTTOM + 13} textAnchor="middle" fontSize={10} fill="currentColor">{label}</text>
          </g>
        );
      })}
      <line x1={layout.left} x2={layout.width - 2} y1={BOTTOM} y2={BOTTOM} stroke="currentColor" strokeOpacity={0.4} />
    </svg>
  );
}
