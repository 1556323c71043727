/**
 * Chapter 4's "why gradients survive": on one long-lag recall sequence (chapter 3's
 * task), the gradient of the last step's loss reaching the LSTM's cell state and the
 * simple RNN's hidden state at every earlier step, on the notebook's shared log scale.
 * Both models are freshly initialised as in the lag experiment; every change of a
 * control recomputes instantly with the fast path.
 */
import { useMemo, useState } from 'react';
import type { WidgetProps } from '../widget-props';
import { useMessages } from '../../app/messages';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { DataTable } from '../../viz/DataTable';
import { GATE_COLOURS, formatNumber } from '../../viz/scales';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, NumberField, Slider } from '../ui/controls';
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import { DistanceChart } from '../gradient-flow/DistanceChart';
import { constantSource } from '../../state/frame-source';
import { cellGradientSchema, CELL_GRADIENT_PREFIX, TRAIN_STEPS } from './schema';
import { computeCellGradient, describeCellGradient, lagRaceHref } from './compute';
import { useTrainedLag } from './use-trained-lag';
import { lstmSharedText } from '../lstm-shared/text';
import { cellGradientText } from './text';
import { sharedText } from '../ui/text';

export default function CellGradient(props: WidgetProps) {
  const m = useMessages(cellGradientText);
  const shared = useMessages(lstmSharedText);
  const words = useMessages(sharedText);
  const store = useWidgetStore(cellGradientSchema, CELL_GRADIENT_PREFIX, props, {});
  const { settings: s, notices } = useWidget(store, (st) => ({ settings: st.settings, notices: st.notices }));
  const set = store.getState().set;
  const [ref, width] = useWidth<HTMLDivElement>();
  const [selectedRaw, setSelected] = useState(Number.POSITIVE_INFINITY);
  useWidgetShortcuts(m.title, [
    { key: 'b', label: m.shortcutBias, run: () => set({ forgetBias: store.getState().settings.forgetBias === 3 ? 1 : 3 }) },
    { key: 'r', label: shared.shortcutReset, run: () => store.getState().reset() },
  ], { urlPrefix: CELL_GRADIENT_PREFIX });

  const trained = useTrainedLag(s);
  const models = trained.state.models;
  const r = useMemo(() => computeCellGradient(s, models ?? undefined), [s, models]);
  const pct = (cell: 'rnn' | 'lstm') => {
    const p = trained.state.progress[cell];
    return p ? m.progress(Math.round(p.accuracy * 100), p.step) : m.starting;
  };
  const selected = Math.min(selectedRaw, r.T - 1);
  const series = useMemo(() => [
    { values: r.lstmCell, label: m.seriesLstmCell, colour: GATE_COLOURS.cell },
    { values: r.rnnHidden, label: m.seriesRnnHidden, colour: GATE_COLOURS.hidden },
    { values: r.lstmHidden, label: m.seriesLstmHidden, colour: GATE_COLOURS.cell, dashed: true, faint: true },
  ], [r, m]);
  const seriesSource = useMemo(() => constantSource(series), [series]);
  const at = (v: Float32Array) => formatNumber(v[r.T - 1 - selected]);

  return (
    <div ref={ref} className="cell-gradient">
      <WidgetChrome title={m.title} notices={notices} onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <Controls label={m.settings}>
        <Slider label={m.lag} value={s.lag} min={1} max={200} step={1} onChange={(lag) => set({ lag })} />
        <Slider label={m.bias} value={s.forgetBias} min={-2} max={5} step={0.5} onChange={(forgetBias) => set({ forgetBias })}
          format={(v) => `${v.toFixed(1)} (σ = ${(1 / (1 + Math.exp(-v))).toFixed(2)})`} />
        <NumberField label={m.seed} value={s.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
      </Controls>
      <div className="button-row">
        {trained.state.status === 'training' ? (
          <button type="button" onClick={trained.forget}>{m.stop}</button>
        ) : models ? (
          <button type="button" onClick={trained.forget}>{m.untrain}</button>
        ) : (
          <button type="button" className="primary" onClick={trained.train}>{m.train(TRAIN_STEPS)}</button>
        )}
        {trained.state.status !== 'idle' && (
          <span className="cg-training" aria-live="polite">{m.accuracy(pct('rnn'), pct('lstm'))}</span>
        )}
      </div>
      {trained.state.error && <p className="widget-alert" role="alert">{words.problem(trained.state.error)}</p>}
      <p className="chart-title">{m.chartTitle(models !== null)}</p>
      <DistanceChart source={seriesSource} width={width} selected={selected} onSelect={setSelected} truncation={0} yLabel={m.yAxis} />
      <div className="legend">
        {series.map((x) => (
          <span key={x.label}><span className="legend-swatch" style={{ background: x.colour, opacity: x.faint ? 0.45 : 1 }} />{x.label}</span>
        ))}
      </div>
      <p className="readout" aria-live="polite">
        {m.stepsBack(selected, selected === r.T - 1 ? 'symbol' : selected === 0 ? 'question' : null)}
        {' '}{m.lstmCell} <strong>{at(r.lstmCell)}</strong> · {m.rnnHidden} <strong>{at(r.rnnHidden)}</strong>
      </p>
      <div className="cg-summary">{describeCellGradient(r, s, m).map((line) => <p key={line}>{line}</p>)}</div>
      <p>{m.question} <a href={lagRaceHref(s)}>{m.raceLink}</a>{m.raceBias(s.forgetBias)}</p>
      <DataTable summary={m.tableSummary} columns={[m.stepColumn, 'ℓ = T − t', 'LSTM ‖∂J(T)/∂c(t)‖', 'RNN ‖∂J(T)/∂h(t)‖', 'LSTM ‖∂J(T)/∂h(t)‖']}
        rows={Array.from({ length: r.T }, (_, t) => [t + 1, r.T - 1 - t, r.lstmCell[t], r.rnnHidden[t], r.lstmHidden[t]])} maxRows={210} />
    </div>
  );
}
