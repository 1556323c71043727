/**
 * Chapter 4's gate heatmaps: the pretrained char-LSTM reads the reader's text and every
 * gate, the candidate and both states are drawn as time × unit heatmaps with the
 * characters along the time axis. Pick a unit to see its traces; the finder ranks units
 * by how closely they follow a visible feature of the text.
 */
import { useMemo, useState } from 'react';
import type { WidgetProps } from '../widget-props';
import { useMessages } from '../../app/messages';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { DataTable } from '../../viz/DataTable';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, Select } from '../ui/controls';
import { TextField } from '../lstm-shared/TextField';
import { ModelStatus } from '../lstm-shared/ModelStatus';
import { Heatmap, type Cursor } from '../lstm-shared/Heatmap';
import { useCharLstm, describeWeights } from '../lstm-shared/use-char-lstm';
import { CONCEPTS, conceptColour, conceptName, signedExtent } from '../lstm-shared/concepts';
import { lstmSharedText } from '../lstm-shared/text';
import { traceAt, type TraceKey } from '../lstm-shared/char-text';
import { lstmGatesSchema, LSTM_GATES_PREFIX } from './schema';
import { computeGates } from './compute';
import { ConceptTabs } from './ConceptTabs';
import { UnitFinder } from './UnitFinder';
import { UnitPanel } from './UnitPanel';
import { EquationLink } from './EquationLink';
import { lstmGatesText } from './text';
import '../lstm-shared/lstm-shared.css';

export default function LstmGates(props: WidgetProps) {
  const m = useMessages(lstmGatesText);
  const shared = useMessages(lstmSharedText);
  const rowOptions = [{ value: 'all', label: m.rowsAll }, { value: 'top', label: m.rowsTop }] as const;
  const store = useWidgetStore(lstmGatesSchema, LSTM_GATES_PREFIX, props, {});
  const { settings: s, notices } = useWidget(store, (st) => ({ settings: st.settings, notices: st.notices }));
  const set = store.getState().set;
  const { state: model, retry: retryModel } = useCharLstm();
  const [ref, width] = useWidth<HTMLDivElement>();
  const [cursorRaw, setCursor] = useState<Cursor>({ t: 0, unit: -1 });
  const [hovered, setHovered] = useState<TraceKey | null>(null);

  const params = model.status === 'ready' ? model.weights.params : null;
  const view = useMemo(() => (params ? computeGates(params, s.text, s.feature, s.by) : null), [params, s.text, s.feature, s.by]);
  const trace = view?.trace;
  const H = trace?.H ?? 1;
  const unit = s.unit >= 0 && s.unit < H ? s.unit : (view?.ranked[0]?.unit ?? 0);
  const units = useMemo(() => {
    if (!trace) return [];
    if (s.rows === 'top' && view.ranked.length > 0) return view.ranked.map((r) => r.unit);
    return Array.from({ length: trace.H }, (_, u) => u);
  }, [trace, view, s.rows]);
  const values = trace ? trace[s.show] : new Float32Array(0);
  const extent = useMemo(() => (CONCEPTS[s.show].range === 'unit' ? 1 : signedExtent(values)), [values, s.show]);
  const domain = useMemo((): [number, number] => (CONCEPTS[s.show].range === 'unit' ? [0, 1] : [-extent, extent]), [s.show, extent]);
  const colour = useMemo(() => conceptColour(s.show, extent), [s.show, extent]);
  const T = trace?.T ?? 0;
  const cursor: Cursor = { t: Math.min(Math.max(0, cursorRaw.t), Math.max(0, T - 1)), unit: units.includes(cursorRaw.unit) ? cursorRaw.unit : unit };
  const concept = CONCEPTS[s.show];
  const name = conceptName(shared, s.show);

  return (
    <div ref={ref} className="lstm-gates">
      <WidgetChrome title={m.title} notices={notices} onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <EquationLink onConcept={setHovered} active={hovered} />
      <ModelStatus state={model} retry={retryModel} />
      <Controls label={m.settings}>
        <TextField value={s.text} maxLength={lstmGatesSchema.text.maxLength}
          onChange={(text) => set({ text: Array.from(text).slice(0, lstmGatesSchema.text.maxLength).join('') })} notes={trace?.notes ?? []} />
        <Select label={m.rows} value={s.rows} options={rowOptions} onChange={(rows) => set({ rows })} />
      </Controls>
      <ConceptTabs value={s.show} onChange={(show) => set({ show })} active={hovered} onHover={setHovered} />
      {trace && T === 0 && <p className="widget-alert" role="status">{shared.needsText}</p>}
      {trace && T > 0 && (
        <>
          <p className="chart-title">{m.chartTitle(name, concept.symbol)}{concept.range === 'unit' ? m.unitScale : m.signedScale(extent)}</p>
          <div onPointerEnter={() => setHovered(s.show)} onPointerLeave={() => setHovered(null)} onFocus={() => setHovered(s.show)} onBlur={() => setHovered(null)}>
          <Heatmap values={values} T={T} H={H} units={units} labels={trace.labels} colour={colour} domain={domain}
            cursor={cursor} onCursor={setCursor} selectedUnit={unit} onSelectUnit={(u) => set({ unit: u })}
            label={m.heatmapLabel(name)} highlight={hovered === s.show ? concept.colour : null}
            describe={(c) => `${m.readout(c.t + 1, trace.labels[c.t], c.unit)} · ${concept.symbol} = ${traceAt(trace, s.show, c.t, c.unit).toFixed(3)}`
              + ` · f ${traceAt(trace, 'f', c.t, c.unit).toFixed(2)} i ${traceAt(trace, 'i', c.t, c.unit).toFixed(2)} o ${traceAt(trace, 'o', c.t, c.unit).toFixed(2)}`} />
          </div>
          <UnitFinder feature={s.feature} onFeature={(feature) => set({ feature })} by={s.by} onBy={(by) => set({ by })}
            ranked={view.ranked} selected={unit} onSelect={(u) => { set({ unit: u }); setCursor({ t: cursor.t, unit: u }); }} />
          <UnitPanel trace={trace} unit={unit} show={s.show} extent={extent} cursor={cursor.t} onCursor={(t) => setCursor({ t, unit: cursor.unit })} width={width} />
          <DataTable summary={m.tableSummary(unit)} columns={[m.stepColumn, m.characterColumn, 'f', 'i', 'o', 'c̃', 'c', 'h']}
            rows={trace.labels.map((ch, t) => [t + 1, ch, ...(['f', 'i', 'o', 'cand', 'c', 'h'] as const).map((k) => traceAt(trace, k, t, unit))])} maxRows={400} />
        </>
      )}
      {model.status === 'ready' && <p className="lstm-weights-note">{describeWeights(model.weights, shared)}</p>}
    </div>
  );
}
