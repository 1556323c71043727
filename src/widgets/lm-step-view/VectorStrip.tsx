/** A vector as a row of coloured cells (signed values: purple < 0 < orange), with its name. */
import { signedColour } from '../../viz/scales';
import { useMessages } from '../../app/messages';
import { stepViewText } from './text';

export function VectorStrip({ values, label, width, highlight }: { values: ArrayLike<number>; label: string; width: number; highlight?: number }) {
  const w = useMessages(stepViewText);
  const n = values.length;
  let extent = 0;
  for (let k = 0; k < n; k++) extent = Math.max(extent, Math.abs(values[k]));
  const colour = signedColour(extent || 1);
  const cols = Math.min(n, Math.max(8, Math.floor((width - 10) / 9)));
  const rows = Math.ceil(n / cols);
  const size = Math.min(14, (width - 10) / cols);
  return (
    <figure className="lm-vector">
      <figcaption className="chart-title">{label}</figcaption>
      <svg className="chart" viewBox={`0 0 ${cols * size + 2} ${rows * size + 2}`} width={cols * size + 2} height={rows * size + 2} role="img" aria-label={w.values(label, n)}>
        {Array.from({ length: n }, (_, k) => (
          <rect key={k} x={(k % cols) * size + 1} y={Math.floor(k / cols) * size + 1} width={size - 1} height={size - 1}
            fill={highlight === undefined ? colour(values[k]) : k === highlight ? '#1d3557' : '#eeeeee'} />
        ))}
      </svg>
    </figure>
  );
}
