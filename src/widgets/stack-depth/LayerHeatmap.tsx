/** One layer's hidden states as a time × unit grid on a canvas (dense), words along the top. */
import { useEffect, useMemo, useRef } from 'react';
import { colourTable, paintHeatmap } from '../lstm-shared/heatmap-image';
import { signedColour } from '../../viz/scales';
import { useMessages } from '../../app/messages';
import { stackDepthText } from './text';

const CELL = 22;
const ROW = 4;

export function LayerHeatmap({ values, T, H, words, label }: { values: Float32Array; T: number; H: number; words: readonly string[]; label: string }) {
  const m = useMessages(stackDepthText);
  const canvas = useRef<HTMLCanvasElement>(null);
  const units = useMemo(() => Array.from({ length: H }, (_, k) => k), [H]);
  const lut = useMemo(() => colourTable(signedColour(1), -1, 1), []);
  useEffect(() => {
    if (canvas.current) paintHeatmap(canvas.current, values, T, H, units, lut, -1, 1);
  }, [values, T, H, units, lut]);
  return (
    <figure className="stack-heatmap">
      <figcaption className="chart-title">{label}</figcaption>
      <div className="stack-heatmap-scroll">
        <svg width={T * CELL} height={14} aria-hidden="true">
          {words.slice(0, T).map((w, t) => (
            <text key={t} x={t * CELL + CELL / 2} y={11} textAnchor="middle" fontSize={9} fill="currentColor">{w.length > 5 ? `${w.slice(0, 4)}…` : w}</text>
          ))}
        </svg>
        <canvas ref={canvas} role="img" aria-label={m.heatmapLabel(label, H, T)}
          style={{ width: T * CELL, height: H * ROW, imageRendering: 'pixelated', display: 'block' }} />
      </div>
    </figure>
  );
}
