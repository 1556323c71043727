/**
 * Everything the gradient lab draws from its settings. The pass runs once per
 * settings object; each picture is memoised on its own inputs, so a slider move
 * redraws only what changed (the unrolled network, axes and the equation's law
 * stay put) and picking ℓ redraws only the marker and the numbers.
 */
import { memo, useEffect, useMemo, useState } from 'react';
import { GATE_COLOURS, formatNumber } from '../../viz/scales';
import { DataTable } from '../../viz/DataTable';
import { computeGradientFlow, type GradientFlowResult, type GradientFlowSettings } from './compute';
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

/** A pinned run's ghost: its gradient of the last step's loss, recomputed from its settings. */
function pinnedSeries(pins: readonly Pin<GradientFlowSchema>[], names: string[]): Series[] {
  return pins.flatMap((pin, i) => {
    try {
      const r = computeGradientFlow(pin.settings);
      const style = pinStyle(i);
      return [{ id: `pin ${i + 1}`, label: names[i], values: scaled(r.analysis.gradFromLast, r.clipScale), colour: style.colour, dash: style.dash }];
    } catch {
      return [];
    }
  });
}

export interface PinActions {
  pin(): void;
  unpin(index: number): void;
}

interface Props {
  settings: GradientFlowSettings;
  width: number;
  m: GradientFlowText;
  pins: Pin<GradientFlowSchema>[];
  pinActions: PinActions;
  /** Told what was drawn, after each pass. */
  onMeasured?(settings: GradientFlowSettings, result: GradientFlowResult): void;
}

export const FlowFigures = memo(function FlowFigures({ settings, width, m, pins, pinActions, onMeasured }: Props) {
  const words = useMessages(sharedText);
  const [selectedRaw, setSelected] = useState(20);
  const computed = useMemo((): { result: GradientFlowResult } | { error: string } => {
    try {
      const start = performance.now();
      const result = computeGradientFlow(settings);
      // A User Timing entry, so the benchmark can read what a slider move costs.
      performance.measure('gradient-flow:compute', { start });
      return { result };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [settings]);
  const result = 'result' in computed ? computed.result : null;
  useEffect(() => { if (result) onMeasured?.(settings, result); }, [result, settings, onMeasured]);
  const series = useMemo(() => (result ? measuredSeries(result, m) : []), [result, m]);
  const names = useMemo(() => gradientPinNames(pins, settings, m, words), [pins, settings, m, words]);
  const pinLines = useMemo(() => pinnedSeries(pins, names), [pins, names]);
  const charted = useMemo(() => [...series, ...pinLines], [series, pinLines]);

  if (!result) return <p className="widget-alert" role="alert">{'error' in computed ? computed.error : ''}</p>;
  const { analysis } = result;
  const T = analysis.length;
  const selected = Math.min(selectedRaw, T - 1);
  const truncation = settings.truncation > 0 ? Math.min(settings.truncation, T) : 0;
  const wide = width >= 600;
  const eigenSize = wide ? 184 : Math.min(220, width);
  const matrix = settings.cell === 'rnn' ? 'W_h' : 'W_f';

  return (
    <>
      <UnrolledNetwork magnitudes={series[0].values} truncation={truncation} width={width} m={m} />
      <div className="gf-charts" style={{ display: 'flex', flexWrap: wide ? 'nowrap' : 'wrap', gap: 20, alignItems: 'flex-start' }}>
        <div style={{ flex: '1 1 auto', minWidth: 0 }}>
          <p className="chart-title">{m.distanceTitle}</p>
          <DistanceChart series={charted} width={wide ? width - eigenSize - 20 : width} selected={selected} onSelect={setSelected}
            truncation={truncation} yLabel={m.normAxis} />
          <Legend series={series} />
          <PinBar names={names} onPin={pinActions.pin} onUnpin={pinActions.unpin} />
        </div>
        <div>
          <p className="chart-title">{m.eigenTitle(matrix)}</p>
          <EigenPlot eigen={result.eigen} radius={result.radius} size={eigenSize} matrixLabel={matrix} m={m} />
        </div>
      </div>
      <PowerEquation gradFromLast={analysis.gradFromLast} radius={result.radius} selected={selected}
        activation={settings.activation} cell={settings.cell} m={m} />
      <p className="readout">
        {m.loss} J = <strong>{formatNumber(analysis.loss)}</strong> · {m.perplexity} <strong>{formatNumber(analysis.perplexity)}</strong> ·
        ‖∂J/∂θ‖ = <strong>{formatNumber(analysis.paramGradNorm)}</strong>
        {settings.clip && <> → {m.clippedTo} <strong>{formatNumber(analysis.clippedGradNorm)}</strong></>}
      </p>
      <FlowSummary settings={settings} result={result} m={m} />
      <FlowTable series={series} pins={pinLines} result={result} m={m} />
    </>
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

interface TableProps { series: Series[]; pins: Series[]; result: GradientFlowResult; m: GradientFlowText }

const FlowTable = memo(function FlowTable({ series, pins, result, m }: TableProps) {
  const { analysis, theory } = result;
  const T = analysis.length;
  const fromLast = series[0].values;
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
