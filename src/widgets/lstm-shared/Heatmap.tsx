/**
 * A time × unit heatmap: the grid on a canvas, the characters along the time axis, the
 * unit axis and the cursor in SVG. Long texts scroll sideways with their labels. The
 * arrow keys move a cursor over time (←→) and unit (↑↓), Enter picks the unit; the
 * pointer does the same by hovering and clicking. The cell under the cursor is read out.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useMessages } from '../../app/messages';
import { colourTable, paintHeatmap } from './heatmap-image';
import { lstmSharedText } from './text';

export interface Cursor {
  t: number;
  unit: number;
}

interface HeatmapProps {
  /** Row-major [T][H]. */
  values: Float32Array;
  T: number;
  H: number;
  /** Units to draw, top to bottom. */
  units: readonly number[];
  /** One label per time step (the characters). */
  labels: readonly string[];
  colour(v: number): string;
  /** Value range the colours span. */
  domain: [number, number];
  cursor: Cursor;
  onCursor(c: Cursor): void;
  /** The unit the reader picked (outlined). */
  selectedUnit: number;
  onSelectUnit(unit: number): void;
  /** Accessible name, e.g. "forget gate f heatmap". */
  label: string;
  /** The readout line for the cell under the cursor. */
  describe(c: Cursor): string;
  /** Outlined in this colour while the matching symbol is hovered elsewhere. */
  highlight?: string | null;
  rowHeight?: number;
}

export const CELL_WIDTH = 11;
const LABEL_H = 16;
const GUTTER = 34;

export function Heatmap(props: HeatmapProps) {
  const { values, T, H, units, labels, colour, domain, cursor, onCursor, selectedUnit, onSelectUnit, label, describe, highlight } = props;
  const m = useMessages(lstmSharedText);
  const rowH = props.rowHeight ?? (units.length <= 40 ? 8 : 3);
  const canvas = useRef<HTMLCanvasElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const lut = useMemo(() => colourTable(colour, domain[0], domain[1]), [colour, domain]);
  const width = T * CELL_WIDTH;
  const height = units.length * rowH;
  const row = Math.max(0, units.indexOf(cursor.unit));

  useEffect(() => {
    if (canvas.current) paintHeatmap(canvas.current, values, T, H, units, lut, domain[0], domain[1]);
  }, [values, T, H, units, lut, domain]);

  // Keep the cursor's column in view when the keyboard moves it.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const x = cursor.t * CELL_WIDTH;
    if (x < el.scrollLeft) el.scrollLeft = x - CELL_WIDTH * 4;
    else if (x + CELL_WIDTH > el.scrollLeft + el.clientWidth) el.scrollLeft = x - el.clientWidth + CELL_WIDTH * 5;
  }, [cursor.t]);

  const at = (e: MouseEvent<HTMLDivElement>): Cursor | null => {
    const box = e.currentTarget.getBoundingClientRect();
    const t = Math.floor((e.clientX - box.left) / CELL_WIDTH);
    const r = Math.floor((e.clientY - box.top) / rowH);
    if (t < 0 || t >= T || r < 0 || r >= units.length) return null;
    return { t, unit: units[r] };
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const big = e.shiftKey ? 10 : 1;
    const move = (dt: number, dr: number) => {
      const r = Math.max(0, Math.min(units.length - 1, row + dr));
      onCursor({ t: Math.max(0, Math.min(T - 1, cursor.t + dt)), unit: units[r] });
    };
    if (e.key === 'ArrowRight') move(big, 0);
    else if (e.key === 'ArrowLeft') move(-big, 0);
    else if (e.key === 'ArrowDown') move(0, big);
    else if (e.key === 'ArrowUp') move(0, -big);
    else if (e.key === 'Home') move(-T, 0);
    else if (e.key === 'End') move(T, 0);
    else if (e.key === 'Enter' || e.key === ' ') onSelectUnit(cursor.unit);
    else return;
    e.preventDefault();
  };
  const tickEvery = units.length > 40 ? 16 : units.length > 12 ? 4 : 1;
  const selectedRow = units.indexOf(selectedUnit);

  return (
    <div className="heatmap" style={highlight ? { outline: `3px solid ${highlight}`, outlineOffset: 2 } : undefined}>
      <p className="heatmap-readout" aria-live="polite">{T > 0 ? describe(cursor) : ' '}</p>
      <div className="heatmap-body">
        <svg className="heatmap-gutter" width={GUTTER} height={LABEL_H + height} aria-hidden="true">
          <text x={GUTTER - 4} y={11} textAnchor="end" fontSize={10} fill="currentColor">{m.unitAxis}</text>
          {units.map((u, r) => (r % tickEvery === 0 || u === selectedUnit ? (
            <text key={u} x={GUTTER - 4} y={LABEL_H + r * rowH + rowH / 2} dy="0.32em" textAnchor="end" fontSize={u === selectedUnit ? 10 : 9}
              fontWeight={u === selectedUnit ? 700 : 400} fill="currentColor">{u}</text>
          ) : null))}
        </svg>
        <div ref={scroller} className="heatmap-scroll" tabIndex={0} role="grid" aria-label={m.heatmapKeys(label)}
          aria-rowcount={units.length} aria-colcount={T} onKeyDown={onKey}>
          <svg width={width} height={LABEL_H} className="heatmap-labels" aria-hidden="true">
            {labels.map((ch, t) => (
              <text key={t} x={t * CELL_WIDTH + CELL_WIDTH / 2} y={12} textAnchor="middle" fontSize={11}
                fontWeight={t === cursor.t ? 700 : 400} fill={t === cursor.t ? 'var(--accent, #b8336a)' : 'currentColor'}>{ch}</text>
            ))}
          </svg>
          <div className="heatmap-grid" style={{ width, height }}
            onPointerMove={(e) => { const c = at(e); if (c) onCursor(c); }}
            onClick={(e) => { const c = at(e); if (c) onSelectUnit(c.unit); }}>
            <canvas ref={canvas} style={{ width, height }} aria-hidden="true" />
            <svg width={width} height={height} aria-hidden="true">
              {selectedRow >= 0 && <rect x={0} y={selectedRow * rowH - 0.5} width={width} height={rowH + 1} fill="none" stroke="#1b1f24" strokeWidth={1} />}
              {T > 0 && <rect x={cursor.t * CELL_WIDTH - 0.5} y={row * rowH - 0.5} width={CELL_WIDTH + 1} height={rowH + 1} fill="none" stroke="#b8336a" strokeWidth={2} />}
              {T > 0 && <line x1={cursor.t * CELL_WIDTH + CELL_WIDTH / 2} x2={cursor.t * CELL_WIDTH + CELL_WIDTH / 2} y1={0} y2={height} stroke="#b8336a" strokeOpacity={0.25} />}
            </svg>
          </div>
        </div>
      </div>
    </div>
  );
}
