/**
 * Chapter 3's gradient lab: a simple RNN or LSTM on a seeded sequence, one forward +
 * BPTT pass per change of any control, and the gradient of the last step's loss drawn
 * flowing back through time.
 */
import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { WidgetProps } from '../registry';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { GATE_COLOURS, formatNumber } from '../../viz/scales';
import { DataTable } from '../../viz/DataTable';
import { WidgetChrome } from '../ui/WidgetChrome';
import { gradientFlowSchema, GRADIENT_FLOW_PREFIX } from './schema';
import { computeGradientFlow, type GradientFlowResult, type GradientFlowSettings } from './compute';
import { GradientFlowControls } from './GradientFlowControls';
import { UnrolledNetwork } from './UnrolledNetwork';
import { DistanceChart } from './DistanceChart';
import { EigenPlot } from './EigenPlot';
import { PowerEquation } from './PowerEquation';
import { describeFlow } from './summary';
import { useGradientFlowShortcuts } from './use-gradient-flow-shortcuts';

const TITLE = 'Gradient flow through time';

const scaled = (values: Float32Array, s: number) => (s === 1 ? values : values.map((v) => v * s));

export default function GradientFlow(props: WidgetProps) {
  const store = useWidgetStore(gradientFlowSchema, GRADIENT_FLOW_PREFIX, props, {});
  const { settings, notices } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices }));
  // The controls follow the pointer at once; the pictures catch up in a deferred,
  // interruptible render, so a drag never waits for a full redraw.
  const shown = useDeferredValue(settings);
  const [ref, width] = useWidth<HTMLDivElement>();
  useGradientFlowShortcuts(store, TITLE);
  return (
    <div ref={ref} className="gradient-flow">
      <WidgetChrome title={TITLE} notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <GradientFlowControls store={store} />
      <FlowFigures settings={shown} width={width} />
    </div>
  );
}


/** Everything computed from the settings: memoised, so only a new settings object redraws it. */
const FlowFigures = memo(function FlowFigures({ settings, width }: { settings: GradientFlowSettings; width: number }) {
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

  if ('error' in computed) return <p className="widget-alert" role="alert">{computed.error}</p>;
  const { result } = computed;
  const { analysis } = result;
  const T = analysis.length;
  const selected = Math.min(selectedRaw, T - 1);
  const fromLast = scaled(analysis.gradFromLast, result.clipScale);
  const series = [
    { values: fromLast, label: result.clipScale < 1 ? '‖∂J(T)/∂h(t)‖ after clipping' : '‖∂J(T)/∂h(t)‖', colour: GATE_COLOURS.grad },
    ...(result.clipScale < 1 ? [{ values: analysis.gradFromLast, label: 'before clipping', colour: GATE_COLOURS.grad, faint: true, dashed: true }] : []),
    ...(result.theory ? [{ values: scaled(result.theory, result.clipScale), label: 'ρ^ℓ prediction', colour: '#1b1f24', dashed: true }] : []),
    { values: scaled(analysis.gradNorms, result.clipScale), label: '‖∂J/∂h(t)‖, all steps’ losses', colour: GATE_COLOURS.hidden, faint: true },
  ];
  const wide = width >= 600;
  const eigenSize = wide ? 184 : Math.min(220, width);
  const chartWidth = wide ? width - eigenSize - 20 : width;

  return (
    <>
      <UnrolledNetwork magnitudes={fromLast} truncation={settings.truncation > 0 ? Math.min(settings.truncation, T) : 0} width={width} />
      <div className="gf-charts" style={{ display: 'flex', flexWrap: wide ? 'nowrap' : 'wrap', gap: 20, alignItems: 'flex-start' }}>
        <div style={{ flex: '1 1 auto', minWidth: 0 }}>
          <p className="chart-title">Gradient of the last step’s loss, by distance</p>
          <DistanceChart series={series} width={chartWidth} selected={selected} onSelect={setSelected}
            truncation={settings.truncation > 0 ? Math.min(settings.truncation, T) : 0} yLabel="gradient norm (log)" />
          <div className="legend">
            {series.map((s) => (
              <span key={s.label}>
                <span className="legend-swatch" style={{ background: s.colour, opacity: s.faint ? 0.45 : 1 }} />
                {s.label}
              </span>
            ))}
          </div>
        </div>
        <div>
          <p className="chart-title">Eigenvalues of {settings.cell === 'rnn' ? 'W_h' : 'W_f'}</p>
          <EigenPlot eigen={result.eigen} radius={result.radius} size={eigenSize} matrixLabel={settings.cell === 'rnn' ? 'W_h' : 'W_f'} />
        </div>
      </div>
      <PowerEquation result={result} selected={selected} activation={settings.activation} cell={settings.cell} />
      <p className="readout">
        Loss J = <strong>{formatNumber(analysis.loss)}</strong> · perplexity <strong>{formatNumber(analysis.perplexity)}</strong> ·
        ‖∂J/∂θ‖ = <strong>{formatNumber(analysis.paramGradNorm)}</strong>
        {settings.clip && <> → after clipping <strong>{formatNumber(analysis.clippedGradNorm)}</strong></>}
      </p>
      <div className="gf-summary" aria-live="polite">
        {describeFlow(settings, result).map((line) => <p key={line}>{line}</p>)}
      </div>
      <DataTable
        summary="The numbers in this chart"
        columns={['t', 'ℓ = T − t', '‖∂J(T)/∂h(t)‖', '‖∂J/∂h(t)‖', ...(result.theory ? ['ρ^ℓ prediction'] : [])]}
        rows={Array.from({ length: T }, (_, i) => T - 1 - i).map((t) => [
          t + 1, T - 1 - t, fromLast[t], analysis.gradNorms[t], ...(result.theory ? [result.theory[t]] : []),
        ])}
      />
    </>
  );
});
