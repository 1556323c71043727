/** Behind both panels: the columns truncation drops, shaded, and the chunk boundaries after steps k, 2k, …. */
import { columnX, type ColumnLayout } from './layout';
import { DROPPED_SHADE } from './colours';

interface ChunkMarksProps {
  layout: ColumnLayout;
  steps: number;
  /** Truncation window (0 = off). */
  k: number;
  /** First kept step (0-based). */
  first: number;
  top: number;
  bottom: number;
}

export function ChunkMarks({ layout, steps, k, first, top, bottom }: ChunkMarksProps) {
  const bounds: number[] = [];
  if (k > 0) for (let b = k; b < steps; b += k) bounds.push(b);
  return (
    <g aria-hidden="true">
      {first > 0 && <rect x={layout.left} y={top} width={columnX(layout, first) - layout.left} height={bottom - top} fill={DROPPED_SHADE} />}
      {bounds.map((b) => (
        <line key={b} x1={columnX(layout, b)} x2={columnX(layout, b)} y1={top} y2={bottom} stroke="currentColor" strokeOpacity={b === first ? 0.7 : 0.3} strokeDasharray="3 3" />
      ))}
    </g>
  );
}
