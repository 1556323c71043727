/** A vector as one row of coloured cells (signed: purple < 0 < orange), each titled with its value. */
import { useMessages } from '../../app/messages';
import { signedColour, formatNumber } from '../../viz/scales';
import { wordText } from './text';

export function EncodingStrip({ values, label, width, notes }: {
  values: ArrayLike<number>;
  /** Accessible name of the picture. */
  label: string;
  width: number;
  /** Optional per-cell text (e.g. the word a max came from). */
  notes?: readonly string[];
}) {
  const m = useMessages(wordText);
  const n = values.length;
  const colour = signedColour(1);
  const size = Math.max(6, Math.min(18, Math.floor(width / Math.max(1, n))));
  return (
    <svg className="chart encoding-strip" width={n * size} height={size + 2} viewBox={`0 0 ${n * size} ${size + 2}`} role="img" aria-label={label}>
      {Array.from({ length: n }, (_, k) => (
        <rect key={k} x={k * size} y={1} width={size - 1} height={size} fill={colour(values[k])}>
          <title>{m.unitValue(k + 1, formatNumber(values[k]), notes?.[k])}</title>
        </rect>
      ))}
    </svg>
  );
}
