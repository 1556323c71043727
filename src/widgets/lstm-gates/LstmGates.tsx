/**
 * Chapter 4's gate heatmaps: the pretrained char-LSTM reads the reader's text and every
 * gate, the candidate and both states are drawn as time × unit heatmaps with the
 * characters along the time axis. Pick a unit to see its traces; the finder ranks units
 * by how closely they follow a visible feature of the text.
 */
import { useMemo, useState } from 'react';
import type { WidgetProps } from '../registry';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { DataTable } from '../../viz/DataTable';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, Select } from '../ui/controls';
import { TextField } from '../lstm-shared/TextField';
import { ModelStatus } from '../lstm-shared/ModelStatus';
import { Heatmap, type Cursor } from '../lstm-shared/Heatmap';
import { useCharLstm, describeWeights } from '../lstm-shared/use-char-lstm';
import { CONCEPTS, conceptColour, signedExtent } from '../lstm-shared/concepts';
import { traceAt, type TraceKey } from '../lstm-shared/char-text';
import { lstmGatesSchema, LSTM_GATES_PREFIX } from './schema';
import { computeGates } from './compute';
import { ConceptTabs } from './ConceptTabs';
import { UnitFinder } from './UnitFinder';
import { UnitPanel } from './UnitPanel';
import { EquationLink } from './EquationLink';
import '../lstm-shared/lstm-shared.css';

const TITLE = 'LSTM gates on your text';
const ROW_OPTIONS = [{ value: 'all', label: 'every unit' }, { value: 'top', label: 'the finder’s top units' }] as const;

export default function LstmGates(props: WidgetProps) {
  const store = useWidgetStore(lstmGatesSchema, LSTM_GATES_PREFIX, props, {});
  const { settings: s, notices } = useWidget(store, (st) => ({ settings: st.settings, notices: st.notices }));
  const set = store.getState().set;
  const model = useCharLstm();
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

  return (
    <div ref={ref} className="lstm-gates">
      <WidgetChrome title={TITLE} notices={notices} onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <EquationLink onConcept={setHovered} active={hovered} />
      <ModelStatus state={model} />
      <Controls label="Gate heatmap settings">
        <TextField label="text the LSTM reads" value={s.text} maxLength={lstmGatesSchema.text.maxLength}
          onChange={(text) => set({ text: Array.from(text).slice(0, lstmGatesSchema.text.maxLength).join('') })} notes={trace?.notes ?? []} />
        <Select label="rows" value={s.rows} options={ROW_OPTIONS} onChange={(rows) => set({ rows })} />
      </Controls>
      <ConceptTabs value={s.show} onChange={(show) => set({ show })} active={hovered} onHover={setHovered} />
      {trace && T === 0 && <p className="widget-alert" role="status">Type some text: the LSTM needs at least one character.</p>}
      {trace && T > 0 && (
        <>
          <p className="chart-title">{concept.name} {concept.symbol}(t): one row per unit, one column per character
            {concept.range === 'unit' ? ' (white = 0, closed; full colour = 1, open)' : ` (purple < 0 < orange, ±${extent.toFixed(2)})`}</p>
          <div onPointerEnter={() => setHovered(s.show)} onPointerLeave={() => setHovered(null)} onFocus={() => setHovered(s.show)} onBlur={() => setHovered(null)}>
          <Heatmap values={values} T={T} H={H} units={units} labels={trace.labels} colour={colour} domain={domain}
            cursor={cursor} onCursor={setCursor} selectedUnit={unit} onSelectUnit={(u) => set({ unit: u })}
            label={`${concept.name} heatmap`} highlight={hovered === s.show ? concept.colour : null}
            describe={(c) => `step ${c.t + 1}, reading ‘${trace.labels[c.t]}’ · unit ${c.unit} · ${concept.symbol} = ${traceAt(trace, s.show, c.t, c.unit).toFixed(3)}`
              + ` · f ${traceAt(trace, 'f', c.t, c.unit).toFixed(2)} i ${traceAt(trace, 'i', c.t, c.unit).toFixed(2)} o ${traceAt(trace, 'o', c.t, c.unit).toFixed(2)}`} />
          </div>
          <UnitFinder feature={s.feature} onFeature={(feature) => set({ feature })} by={s.by} onBy={(by) => set({ by })}
            ranked={view.ranked} selected={unit} onSelect={(u) => { set({ unit: u }); setCursor({ t: cursor.t, unit: u }); }} />
          <UnitPanel trace={trace} unit={unit} show={s.show} extent={extent} cursor={cursor.t} onCursor={(t) => setCursor({ t, unit: cursor.unit })} width={width} />
          <DataTable summary={`Unit ${unit}, every gate and state at each character`} columns={['step', 'character', 'f', 'i', 'o', 'c̃', 'c', 'h']}
            rows={trace.labels.map((ch, t) => [t + 1, ch, ...(['f', 'i', 'o', 'cand', 'c', 'h'] as const).map((k) => traceAt(trace, k, t, unit))])} maxRows={400} />
        </>
      )}
      {model.status === 'ready' && <p className="lstm-weights-note">{describeWeights(model.weights)}</p>}
    </div>
  );
}
