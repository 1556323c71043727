/**
 * Pascanu, Mikolov & Bengio's (2013) one-unit RNN, x(t) = w σ(x(t−1)) + b, 50 steps
 * from x(0) = 0.5, loss (x(50) − 0.7)²: its loss surface over (w, b), a cliff where
 * the final state switches between two fixed points, and two gradient-descent
 * paths from the same start — plain, and with global-norm clipping (Algorithm 1).
 */
import { useMemo } from 'react';
import { descend, PASCANU_SETUP } from '../../core/cliff';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { DataTable } from '../../viz/DataTable';
import { formatNumber } from '../../viz/scales';
import { Controls, Slider } from '../ui/controls';
import { WidgetChrome } from '../ui/WidgetChrome';
import type { WidgetProps } from '../widget-props';
import { CLIFF_SCHEMA, PREFIX, START_STEP, LR_STEP, W_EXTENT, B_EXTENT } from './schema';
import { SurfaceChart } from './SurfaceChart';
import { LossChart } from './LossChart';
import { ColourBar, PathKey } from './Legend';
import { summarise, jumpOf, hitTheWall } from './summary';
import { tableRows, tableColumns } from './table';
import { cliffText } from './text';
import { useMessages } from '../../app/messages';
import { usePlayback } from './use-playback';
import './cliff-surface.css';

const roundTo = (v: number, step: number) => Math.round(v / step) * step;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const fixed = (digits: number) => (v: number) => v.toFixed(digits);

export default function CliffSurface(props: WidgetProps) {
  const m = useMessages(cliffText);
  const store = useWidgetStore(CLIFF_SCHEMA, PREFIX, props, {} as Record<string, never>);
  const { settings, notices } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices }));
  const { set, reset, dismissNotices } = store.getState();
  const [ref, width] = useWidth<HTMLDivElement>(640);

  const { plain, clipped } = useMemo(() => {
    const start = { w: settings.w0, b: settings.b0 };
    const options = { learningRate: settings.lr, steps: settings.steps, setup: PASCANU_SETUP };
    return { plain: descend(start, options), clipped: descend(start, { ...options, clipThreshold: settings.clip }) };
  }, [settings.w0, settings.b0, settings.lr, settings.steps, settings.clip]);

  const total = Math.max(plain.points.length, clipped.points.length) - 1;
  const playback = usePlayback(total);
  const jump = jumpOf(plain);
  const wall = hitTheWall(plain);
  const sentence = summarise(m, plain, clipped, settings.clip, W_EXTENT, B_EXTENT);
  const rows = useMemo(() => tableRows(m, plain, clipped), [m, plain, clipped]);

  const pick = (w: number, b: number) =>
    set({ w0: clamp(roundTo(w, START_STEP), W_EXTENT.min, W_EXTENT.max), b0: clamp(roundTo(b, START_STEP), B_EXTENT.min, B_EXTENT.max) });

  return (
    <div className="cliff-surface" ref={ref}>
      <WidgetChrome title={m.title} notices={notices} onDismissNotices={dismissNotices} onReset={reset} />
      <p className="cliff-model">
        {m.model(PASCANU_SETUP.steps)}
      </p>
      <Controls label={m.controls}>
        <Slider label={m.startW} value={settings.w0} min={W_EXTENT.min} max={W_EXTENT.max} step={START_STEP} format={fixed(2)} onChange={(v) => set({ w0: v })} />
        <Slider label={m.startB} value={settings.b0} min={B_EXTENT.min} max={B_EXTENT.max} step={START_STEP} format={fixed(2)} onChange={(v) => set({ b0: v })} />
        <Slider label={m.learningRate} value={settings.lr} min={CLIFF_SCHEMA.lr.min} max={CLIFF_SCHEMA.lr.max} step={LR_STEP} format={fixed(3)} onChange={(v) => set({ lr: v })} />
        <Slider label={m.threshold} value={settings.clip} min={CLIFF_SCHEMA.clip.min} max={CLIFF_SCHEMA.clip.max} step={1} onChange={(v) => set({ clip: v })} />
        <Slider label={m.steps} value={settings.steps} min={CLIFF_SCHEMA.steps.min} max={CLIFF_SCHEMA.steps.max} step={1} onChange={(v) => set({ steps: v })} />
      </Controls>
      <p className="cliff-hint">{m.pickHint}</p>
      <SurfaceChart width={width} plain={plain} clipped={clipped} shown={playback.shown} jumpStep={jump.step} markJump={wall} onPick={pick} />
      <div className="cliff-legends">
        <ColourBar width={width} />
        <PathKey />
      </div>
      <div className="cliff-playback">
        {playback.reducedMotion ? (
          <span className="cliff-hint">{m.reducedMotion}</span>
        ) : (
          <button type="button" onClick={playback.playing ? playback.pause : playback.play} aria-pressed={playback.playing}>
            {playback.playing ? m.pause : m.play}
          </button>
        )}
        <Slider label={m.shown} value={playback.shown} min={0} max={total} step={1} onChange={playback.show} />
      </div>
      <LossChart width={width} plain={plain} clipped={clipped} steps={settings.steps} shown={playback.shown} jumpStep={wall ? jump.step : null} />
      <p className="readout cliff-summary" aria-live="polite" data-summary="">{sentence}</p>
      <DataTable
        summary={m.tableSummary(formatNumber(settings.w0), formatNumber(settings.b0))}
        columns={tableColumns(m)}
        rows={rows}
        maxRows={101}
      />
    </div>
  );
}
