/**
 * Chapter 4's "why gradients survive": on one long-lag recall sequence (chapter 3's
 * task), the gradient of the last step's loss reaching the LSTM's cell state and the
 * simple RNN's hidden state at every earlier step, on the notebook's shared log scale.
 * Both models are freshly initialised as in the lag experiment; every change of a
 * control recomputes instantly with the fast path.
 */
import { useMemo, useState } from 'react';
import type { WidgetProps } from '../registry';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { DataTable } from '../../viz/DataTable';
import { GATE_COLOURS, formatNumber } from '../../viz/scales';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, NumberField, Slider } from '../ui/controls';
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import { DistanceChart } from '../gradient-flow/DistanceChart';
import { cellGradientSchema, CELL_GRADIENT_PREFIX } from './schema';
import { computeCellGradient, describeCellGradient, lagRaceHref } from './compute';
import { useTrainedLag, TRAIN_STEPS } from './use-trained-lag';

const TITLE = 'Gradient through the cell vs through a simple RNN';

export default function CellGradient(props: WidgetProps) {
  const store = useWidgetStore(cellGradientSchema, CELL_GRADIENT_PREFIX, props, {});
  const { settings: s, notices } = useWidget(store, (st) => ({ settings: st.settings, notices: st.notices }));
  const set = store.getState().set;
  const [ref, width] = useWidth<HTMLDivElement>();
  const [selectedRaw, setSelected] = useState(Number.POSITIVE_INFINITY);
  useWidgetShortcuts(TITLE, [
    { key: 'b', label: 'forget-gate bias 1 ↔ 3', run: () => set({ forgetBias: store.getState().settings.forgetBias === 3 ? 1 : 3 }) },
    { key: 'r', label: 'reset to the chapter’s settings', run: () => store.getState().reset() },
  ], { urlPrefix: CELL_GRADIENT_PREFIX });

  const trained = useTrainedLag(s);
  const models = trained.state.models;
  const r = useMemo(() => computeCellGradient(s, models ?? undefined), [s, models]);
  const pct = (cell: 'rnn' | 'lstm') => {
    const p = trained.state.progress[cell];
    return p ? `${Math.round(p.accuracy * 100)}% after ${p.step} steps` : 'starting…';
  };
  const selected = Math.min(selectedRaw, r.T - 1);
  const series = [
    { values: r.lstmCell, label: 'LSTM ‖∂J(T)/∂c(t)‖, through the cell', colour: GATE_COLOURS.cell },
    { values: r.rnnHidden, label: 'simple RNN ‖∂J(T)/∂h(t)‖', colour: GATE_COLOURS.hidden },
    { values: r.lstmHidden, label: 'LSTM ‖∂J(T)/∂h(t)‖', colour: GATE_COLOURS.cell, dashed: true, faint: true },
  ];
  const at = (v: Float32Array) => formatNumber(v[r.T - 1 - selected]);

  return (
    <div ref={ref} className="cell-gradient">
      <WidgetChrome title={TITLE} notices={notices} onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <Controls label="Cell gradient settings">
        <Slider label="lag L (steps between symbol and question)" value={s.lag} min={1} max={200} step={1} onChange={(lag) => set({ lag })} />
        <Slider label="LSTM forget-gate bias b_f" value={s.forgetBias} min={-2} max={5} step={0.5} onChange={(forgetBias) => set({ forgetBias })}
          format={(v) => `${v.toFixed(1)} (σ = ${(1 / (1 + Math.exp(-v))).toFixed(2)})`} />
        <NumberField label="seed" value={s.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
      </Controls>
      <div className="button-row">
        {trained.state.status === 'training' ? (
          <button type="button" onClick={trained.forget}>Stop training</button>
        ) : models ? (
          <button type="button" onClick={trained.forget}>Back to the untrained models</button>
        ) : (
          <button type="button" className="primary" onClick={trained.train}>Train both on this lag (up to {TRAIN_STEPS} steps)</button>
        )}
        {trained.state.status !== 'idle' && (
          <span className="cg-training" aria-live="polite">recall accuracy — simple RNN {pct('rnn')} · LSTM {pct('lstm')}</span>
        )}
      </div>
      {trained.state.error && <p className="widget-alert" role="alert">{trained.state.error}</p>}
      <p className="chart-title">Gradient of the question’s loss reaching each earlier step ({models
        ? 'after training, as chapter 3’s race does'
        : 'untrained models, hidden 32, as at the start of chapter 3’s race'})</p>
      <DistanceChart series={series} width={width} selected={selected} onSelect={setSelected} truncation={0} yLabel="gradient norm (log)" />
      <div className="legend">
        {series.map((x) => (
          <span key={x.label}><span className="legend-swatch" style={{ background: x.colour, opacity: x.faint ? 0.45 : 1 }} />{x.label}</span>
        ))}
      </div>
      <p className="readout" aria-live="polite">
        ℓ = {selected} steps back{selected === r.T - 1 ? ' (the symbol to recall)' : selected === 0 ? ' (the question)' : ''}:
        LSTM cell <strong>{at(r.lstmCell)}</strong> · RNN hidden <strong>{at(r.rnnHidden)}</strong>
      </p>
      <div className="cg-summary">{describeCellGradient(r, s).map((line) => <p key={line}>{line}</p>)}</div>
      <p>Does the difference decide learning? <a href={lagRaceHref(s)}>Race a simple RNN and an LSTM on this task in chapter 3</a> (forget-gate bias {s.forgetBias}).</p>
      <DataTable summary="The numbers in this chart" columns={['step t', 'ℓ = T − t', 'LSTM ‖∂J(T)/∂c(t)‖', 'RNN ‖∂J(T)/∂h(t)‖', 'LSTM ‖∂J(T)/∂h(t)‖']}
        rows={Array.from({ length: r.T }, (_, t) => [t + 1, r.T - 1 - t, r.lstmCell[t], r.rnnHidden[t], r.lstmHidden[t]])} maxRows={210} />
    </div>
  );
}
