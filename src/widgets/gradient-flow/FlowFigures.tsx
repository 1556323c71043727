/**
 * Everything the gradient lab draws from its settings. React renders the figures'
 * elements from the settings' shape (cell, activation, T, truncation, clipping and
 * whether it bites); everything a ρ drag moves is painted from the frame source,
 * one pass per animation frame. The sentences and the table follow once the
 * settings have settled, so a screen reader hears the result, not every step.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { GATE_COLOURS, formatNumber } from '../../viz/scales';
import { DataTable } from '../../viz/DataTable';
import { usePaint, useSettledValue, useSourceFact } from '../../viz/use-paint';
import { mapSource, type FrameSource } from '../../state/frame-source';
import { computeGradientFlow, type GradientFlowResult, type GradientFlowSettings } from './compute';
import { resultSource, type FlowFrame } from './flow-source';
import { UnrolledNetwork } from './UnrolledNetwork';
import { DistanceChart, type Series } from './DistanceChart';
import { EigenPlot } from './EigenPlot';
import { PowerEquation } from './PowerEquation';
import { describeFlow } from './summary';
import type { GradientFlowText } from './text';
import type { Pin } from '../../state/pins';
import type { GradientFlowSchema } from './schema';
import { PinBar } from '../ui/PinBar';
import { pinStyle } from '../ui/pins';
import { useMessages } from '../../app/messages';
import { sharedText } from '../ui/text';
import { gradientPinNames } from './pins';

const scaled = (values: Float32Array, s: number) => (s === 1 ? values : values.map((v) => v * s));

function measuredSeries(result: GradientFlowResult, m: GradientFlowText): Series[] {
  const { analysis, clipScale, theory } = result;
  const clipped = clipScale < 1;
  return [
    { id: clipped ? '‖∂J(T)/∂h(t)‖ after clipping' : '‖∂J(T)/∂h(t)‖', label: clipped ? m.afterClipping : '‖∂J(T)/∂h(t)‖',
      values: scaled(analysis.gradFromLast, clipScale), colour: GATE_COLOURS.grad },
    ...(clipped ? [{ id: 'before clipping', label: m.beforeClipping, values: analysis.gradFromLast, colour: GATE_COLOURS.grad, faint: true, dashed: true }] : []),
    ...(theory ? [{ id: 'ρ^ℓ prediction', label: m.prediction, values: scaled(theory, clipScale), colour: '#1b1f24', dashed: true }] : []),
    { id: '‖∂J/∂h(t)‖, all steps’ losses', label: m.allLosses, values: scaled(analysis.gradNorms, clipScale), colour: GATE_COLOURS.hidden, faint: true },
  ];
}

/** A pinned run's ghost: its gradient of the last step's loss, recomputed from its settings (named later). */
function pinnedSeries(pins: readonly Pin<GradientFlowSchema>[]): Series[] {
  return pins.flatMap((pin, i) => {
    try {
      const r = computeGradientFlow(pin.settings);
      const style = pinStyle(i);
      return [{ id: `pin ${i + 1}`, label: `pin ${i + 1}`, values: scaled(r.analysis.gradFromLast, r.clipScale), colour: style.colour, dash: style.dash }];
    } catch {
      return [];
    }
  });
}

export interface PinActions {
  pin(): void;
  unpin(index: number): void;
}

/** What the figures' elements depend on; a ρ drag changes it only when clipping starts or stops biting. */
function shapeOf({ settings: s, result, error }: FlowFrame): string {
  if (!result) return `error:${error}`;
  return JSON.stringify([s.cell, s.activation, s.truncation, s.clip, result.analysis.length, result.clipScale < 1, result.eigen.length]);
}

interface Props {
  source: FrameSource<FlowFrame>;
  width: number;
  m: GradientFlowText;
  pins: Pin<GradientFlowSchema>[];
  pinActions: PinActions;
  /** Told what was drawn, after each pass. */
  onMeasured?(settings: GradientFlowSettings, result: GradientFlowResult): void;
}

export const FlowFigures = memo(function FlowFigures({ source, width, m, pins, pinActions, onMeasured }: Props) {
  const words = useMessages(sharedText);
  const [selectedRaw, setSelected] = useState(20);
  useSourceFact(source, shapeOf);
  const settled = useSettledValue(source);
  useEffect(() => { if (settled.result) onMeasured?.(settled.settings, settled.result); }, [settled, onMeasured]);
  // Pins are recomputed when they change; their names (what differs from the live
  // settings) once the settings have settled.
  const pinValues = useMemo(() => pinnedSeries(pins), [pins]);
  const names = useMemo(() => gradientPinNames(pins, settled.settings, m, words), [pins, settled.settings, m, words]);
  const pinLines = useMemo(() => pinValues.map((p) => ({ ...p, label: names[Number(p.id!.slice(4)) - 1] ?? p.label })), [pinValues, names]);
  const sources = useMemo(() => ({
    live: resultSource(source, (r) => measuredSeries(r, m)),
    magnitudes: resultSource(source, (r) => scaled(r.analysis.gradFromLast, r.clipScale)),
    eigen: resultSource(source, (r) => ({ eigen: r.eigen, radius: r.radius })),
    power: resultSource(source, (r) => ({ gradFromLast: r.analysis.gradFromLast, radius: r.radius })),
    readout: resultSource(source, (r) => r.analysis),
  }), [source, m]);
  const charted = useMemo(() => mapSource(sources.live, (live) => [...live, ...pinValues]), [sources, pinValues]);

  // Read at render for the shape only (the key above re-renders on a change of it).
  const { settings, result, error } = source.get();
  if (!result) return <p className="widget-alert" role="alert">{error}</p>;
  const T = result.analysis.length;
  const selected = Math.min(selectedRaw, T - 1);
  const truncation = settings.truncation > 0 ? Math.min(settings.truncation, T) : 0;
  const wide = width >= 600;
  const eigenSize = wide ? 184 : Math.min(220, width);
  const matrix = settings.cell === 'rnn' ? 'W_h' : 'W_f';

  return (
    <>
      <UnrolledNetwork magnitudes={sources.magnitudes} T={T} truncation={truncation} width={width} m={m} />
      <div className="gf-charts" style={{ display: 'flex', flexWrap: wide ? 'nowrap' : 'wrap', gap: 20, alignItems: 'flex-start' }}>
        <div style={{ flex: '1 1 auto', minWidth: 0 }}>
          <p className="chart-title">{m.distanceTitle}</p>
          <DistanceChart source={charted} width={wide ? width - eigenSize - 20 : width} selected={selected} onSelect={setSelected}
            truncation={truncation} yLabel={m.normAxis} />
          <Legend series={sources.live.get()} />
          <PinBar names={names} onPin={pinActions.pin} onUnpin={pinActions.unpin} />
        </div>
        <div>
          <p className="chart-title">{m.eigenTitle(matrix)}</p>
          <EigenPlot source={sources.eigen} count={result.eigen.length} size={eigenSize} matrixLabel={matrix} m={m} />
        </div>
      </div>
      <PowerEquation source={sources.power} selected={selected} activation={settings.activation} cell={settings.cell} m={m} />
      <Readout source={sources.readout} clip={settings.clip} m={m} />
      {settled.result && <FlowSummary settings={settled.settings} result={settled.result} m={m} />}
      {settled.result && <FlowTable result={settled.result} pins={pinLines} m={m} />}
    </>
  );
});

const Readout = memo(function Readout({ source, clip, m }: { source: FrameSource<GradientFlowResult['analysis']>; clip: boolean; m: GradientFlowText }) {
  const loss = useRef<HTMLElement>(null);
  const perplexity = useRef<HTMLElement>(null);
  const norm = useRef<HTMLElement>(null);
  const clipped = useRef<HTMLElement>(null);
  usePaint(source, (a) => {
    const write = (el: HTMLElement | null, v: number) => { if (el) el.textContent = formatNumber(v); };
    write(loss.current, a.loss);
    write(perplexity.current, a.perplexity);
    write(norm.current, a.paramGradNorm);
    write(clipped.current, a.clippedGradNorm);
  });
  return (
    <p className="readout">
      {m.loss} J = <strong ref={loss} /> · {m.perplexity} <strong ref={perplexity} /> ·
      ‖∂J/∂θ‖ = <strong ref={norm} />
      {clip && <> → {m.clippedTo} <strong ref={clipped} /></>}
    </p>
  );
});

const Legend = memo(function Legend({ series }: { series: Series[] }) {
  return (
    <div className="legend">
      {series.map((s) => (
        <span key={s.id}>
          <span className="legend-swatch" style={{ background: s.colour, opacity: s.faint ? 0.45 : 1 }} />
          {s.label}
        </span>
      ))}
    </div>
  );
});

const FlowSummary = memo(function FlowSummary({ settings, result, m }: { settings: GradientFlowSettings; result: GradientFlowResult; m: GradientFlowText }) {
  return (
    <div className="gf-summary" aria-live="polite">
      {describeFlow(settings, result, m).map((line) => <p key={line}>{line}</p>)}
    </div>
  );
});

interface TableProps { result: GradientFlowResult; pins: Series[]; m: GradientFlowText }

const FlowTable = memo(function FlowTable({ result, pins, m }: TableProps) {
  const { analysis, theory, clipScale } = result;
  const T = analysis.length;
  const fromLast = scaled(analysis.gradFromLast, clipScale);
  // A pinned run's value at the same distance ℓ (its own T), or a dash past its first step.
  const pinAt = (values: Float32Array, ell: number) => (ell < values.length ? values[values.length - 1 - ell] : '—');
  return (
    <DataTable
      summary={m.tableSummary}
      columns={['t', 'ℓ = T − t', '‖∂J(T)/∂h(t)‖', '‖∂J/∂h(t)‖', ...(theory ? [m.prediction] : []), ...pins.map((p) => p.label)]}
      rows={Array.from({ length: T }, (_, i) => T - 1 - i).map((t) => [
        t + 1, T - 1 - t, fromLast[t], analysis.gradNorms[t], ...(theory ? [theory[t]] : []), ...pins.map((p) => pinAt(p.values, T - 1 - t)),
      ])}
    />
  );
});
