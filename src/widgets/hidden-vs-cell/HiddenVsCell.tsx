/**
 * Chapter 4's hidden state vs cell state: the pretrained char-LSTM reads the reader's
 * text; one unit's c(t) and h(t) are drawn as lines, its output gate beneath, and the
 * units that keep most of their cell hidden as side-by-side c and h heatmaps.
 */
import { useMemo, useState } from 'react';
import type { WidgetProps } from '../widget-props';
import { useMessages } from '../../app/messages';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, Slider } from '../ui/controls';
import { TextField } from '../lstm-shared/TextField';
import { ModelStatus } from '../lstm-shared/ModelStatus';
import { TraceChart } from '../lstm-shared/TraceChart';
import { Heatmap, type Cursor } from '../lstm-shared/Heatmap';
import { useCharLstm } from '../lstm-shared/use-char-lstm';
import { CONCEPTS, conceptColour, conceptName } from '../lstm-shared/concepts';
import { lstmSharedText } from '../lstm-shared/text';
import { column, traceAt, traceText, type TextTrace } from '../lstm-shared/char-text';
import { hiddenVsCellSchema, HIDDEN_VS_CELL_PREFIX, HC_TEXT_LIMIT, HC_TOP_UNITS } from './schema';
import { describeHiding, hidingOf, rankHiding } from './compute';
import { hiddenVsCellText } from './text';
import '../lstm-shared/lstm-shared.css';

export default function HiddenVsCell(props: WidgetProps) {
  const m = useMessages(hiddenVsCellText);
  const shared = useMessages(lstmSharedText);
  const store = useWidgetStore(hiddenVsCellSchema, HIDDEN_VS_CELL_PREFIX, props, {});
  const { settings: s, notices } = useWidget(store, (st) => ({ settings: st.settings, notices: st.notices }));
  const set = store.getState().set;
  const { state: model, retry: retryModel } = useCharLstm();
  const [ref, width] = useWidth<HTMLDivElement>();
  const [cursorRaw, setCursor] = useState<Cursor>({ t: 0, unit: -1 });

  const params = model.status === 'ready' ? model.weights.params : null;
  const trace = useMemo(() => (params ? traceText(params, s.text, HC_TEXT_LIMIT) : null), [params, s.text]);
  const ranked = useMemo(() => (trace && trace.T > 0 ? rankHiding(trace, HC_TOP_UNITS) : []), [trace]);
  const H = trace?.H ?? 1;
  const unit = s.unit >= 0 && s.unit < H ? s.unit : (ranked[0]?.unit ?? 0);
  const T = trace?.T ?? 0;
  const rows = useMemo(() => (ranked.some((r) => r.unit === unit) ? ranked.map((r) => r.unit) : [unit, ...ranked.slice(0, HC_TOP_UNITS - 1).map((r) => r.unit)]), [ranked, unit]);
  const cursor: Cursor = { t: Math.min(Math.max(0, cursorRaw.t), Math.max(0, T - 1)), unit: rows.includes(cursorRaw.unit) ? cursorRaw.unit : unit };

  return (
    <div ref={ref} className="hidden-vs-cell">
      <WidgetChrome title={m.title} notices={notices} onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <ModelStatus state={model} retry={retryModel} />
      <Controls label={m.settings}>
        <TextField value={s.text} maxLength={hiddenVsCellSchema.text.maxLength}
          onChange={(text) => set({ text: Array.from(text).slice(0, hiddenVsCellSchema.text.maxLength).join('') })} notes={trace?.notes ?? []} />
        <Slider label={m.unit} value={unit} min={0} max={H - 1} step={1} onChange={(u) => set({ unit: u })} disabled={!trace}
          format={(v) => (s.unit < 0 ? m.hidesMost(v) : String(v))} />
      </Controls>
      {trace && T === 0 && <p className="widget-alert" role="status">{shared.needsText}</p>}
      {trace && T > 0 && <Views trace={trace} unit={unit} rows={rows} cursor={cursor} setCursor={setCursor} width={width}
        onUnit={(u) => set({ unit: u })} auto={s.unit < 0} />}
    </div>
  );
}

interface ViewsProps {
  trace: TextTrace;
  unit: number;
  rows: number[];
  cursor: Cursor;
  setCursor(c: Cursor): void;
  width: number;
  onUnit(u: number): void;
  /** The unit was picked automatically (the one hiding most). */
  auto: boolean;
}

function Views({ trace, unit, rows, cursor, setCursor, width, onUnit, auto }: ViewsProps) {
  const m = useMessages(hiddenVsCellText);
  const shared = useMessages(lstmSharedText);
  const c = column(trace, 'c', unit);
  const h = column(trace, 'h', unit);
  const extent = Math.max(1, ...Array.from(c, Math.abs));
  // tanh c is what h could show; h = o ∘ tanh c is what it shows: one ±1 scale for both.
  const tanhC = trace.c.map(Math.tanh);
  const describe = (key: 'c' | 'h') => (k: Cursor) =>
    `${m.readout(k.t + 1, trace.labels[k.t], k.unit)} · ${key} = ${traceAt(trace, key, k.t, k.unit).toFixed(3)} (c ${traceAt(trace, 'c', k.t, k.unit).toFixed(2)}, h ${traceAt(trace, 'h', k.t, k.unit).toFixed(2)}, o ${traceAt(trace, 'o', k.t, k.unit).toFixed(2)})`;
  const heatmap = (key: 'c' | 'h', values: Float32Array, title: string) => (
    <div className="hc-heatmap">
      <p className="chart-title">{title}</p>
      <Heatmap values={values} T={trace.T} H={trace.H} units={rows} labels={trace.labels} colour={conceptColour(key, 1)}
        domain={[-1, 1]} cursor={cursor} onCursor={setCursor} selectedUnit={unit} onSelectUnit={onUnit}
        label={key === 'c' ? m.cHeatmap : m.hHeatmap} describe={describe(key)} rowHeight={10} />
    </div>
  );
  return (
    <>
      <p className="chart-title">{m.chartTitle(unit)}</p>
      <TraceChart width={width} height={150} domain={[-extent, extent]} cursor={cursor.t} yLabel={m.valueAxis} label={m.statesChart(unit)}
        series={[
          { label: 'c', values: c, colour: CONCEPTS.c.colour, width: 2.6 },
          { label: 'h', values: h, colour: CONCEPTS.h.colour, width: 2 },
        ]} />
      <TraceChart width={width} height={70} domain={[0, 1]} cursor={cursor.t} yLabel="o" label={m.outputChart(unit)}
        series={[{ label: 'o', values: column(trace, 'o', unit), colour: CONCEPTS.o.colour }]} />
      <div className="legend">
        {(['c', 'h', 'o'] as const).map((k) => (
          <span key={k}><span className="legend-swatch" style={{ background: CONCEPTS[k].colour }} />{CONCEPTS[k].symbol} {conceptName(shared, k)}</span>
        ))}
      </div>
      <div className="hc-summary" aria-live="polite">
        {auto && <p>{m.picked(trace.H, unit)}</p>}
        {describeHiding(hidingOf(trace, unit), trace, m).map((l) => <p key={l}>{l}</p>)}</div>
      <p className="heatmap-intro">{m.heatmapIntro(rows.length)}</p>
      {heatmap('c', tanhC, m.cTitle)}
      {heatmap('h', trace.h, m.hTitle)}
    </>
  );
}
