/**
 * Chapter 4's "one step taken apart": the pretrained char-LSTM reads the reader's text;
 * at the chosen step every gate, the candidate and both states are shown as numbers in
 * the equations (one unit) and as bar strips (all units). Gates can be forced by hand.
 */
import { useEffect, useMemo } from 'react';
import type { WidgetProps } from '../widget-props';
import { useMessages } from '../../app/messages';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, Slider, Toggle } from '../ui/controls';
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import { TextField } from '../lstm-shared/TextField';
import { ModelStatus } from '../lstm-shared/ModelStatus';
import { useCharLstm, describeWeights } from '../lstm-shared/use-char-lstm';
import { CONCEPTS, conceptName } from '../lstm-shared/concepts';
import { lstmSharedText } from '../lstm-shared/text';
import { lstmStepSchema, LSTM_STEP_PREFIX, STEP_TEXT_LIMIT } from './schema';
import { computeStepView, describeStep, measureStep, type LstmStepResults } from './compute';
import { StepEquations } from './StepEquations';
import { StepStrips } from './StepStrips';
import { CHAR_SLOT, lstmStepText } from './text';
import '../lstm-shared/lstm-shared.css';

const GATES = [
  { gate: 'f', force: 'forceF', concept: CONCEPTS.f, hint: 'hintF' },
  { gate: 'i', force: 'forceI', concept: CONCEPTS.i, hint: 'hintI' },
  { gate: 'o', force: 'forceO', concept: CONCEPTS.o, hint: 'hintO' },
] as const;

const noMeasurement: LstmStepResults = { measured: null };

export default function LstmStep(props: WidgetProps) {
  const m = useMessages(lstmStepText);
  const shared = useMessages(lstmSharedText);
  const store = useWidgetStore(lstmStepSchema, LSTM_STEP_PREFIX, props, noMeasurement);
  const { settings: s, notices } = useWidget(store, (st) => ({ settings: st.settings, notices: st.notices }));
  const set = store.getState().set;
  const { state: model, retry: retryModel } = useCharLstm();
  const [ref, width] = useWidth<HTMLDivElement>();
  useWidgetShortcuts(m.title, [
    { key: 'f', label: m.shortcutF, run: () => set({ forceF: !store.getState().settings.forceF }) },
    { key: 'i', label: m.shortcutI, run: () => set({ forceI: !store.getState().settings.forceI }) },
    { key: 'o', label: m.shortcutO, run: () => set({ forceO: !store.getState().settings.forceO }) },
    { key: 'r', label: shared.shortcutReset, run: () => store.getState().reset() },
  ], { urlPrefix: LSTM_STEP_PREFIX });

  const params = model.status === 'ready' ? model.weights.params : null;
  const view = useMemo(() => (params ? computeStepView(params, s) : null), [params, s]);
  useEffect(() => store.getState().setResults({ measured: view ? measureStep(view) : null }), [store, view]);
  const T = view?.trace.T ?? 0;
  const H = view?.trace.H ?? 1;
  const [whereBefore, whereAfter] = view
    ? m.stepWhere(view.t + 1, view.trace.labels.slice(Math.max(0, view.t - 24), view.t).join('').replace(/␣/g, ' ')).split(CHAR_SLOT)
    : ['', ''];

  return (
    <div ref={ref} className="lstm-step">
      <WidgetChrome title={m.title} notices={notices} onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <ModelStatus state={model} retry={retryModel} />
      <Controls label={m.settings}>
        <TextField value={s.text} maxLength={lstmStepSchema.text.maxLength}
          onChange={(text) => set({ text: Array.from(text).slice(0, lstmStepSchema.text.maxLength).join('') })}
          notes={view?.trace.notes ?? []} />
        <Slider label={m.timeStep} value={view ? view.t : s.t} min={0} max={Math.max(0, Math.min(STEP_TEXT_LIMIT, T) - 1)} step={1}
          onChange={(t) => set({ t })} disabled={T === 0}
          format={(v) => (view ? m.reads(v + 1, view.trace.labels[Math.min(v, T - 1)]) : String(v + 1))} />
        <Slider label={m.unit} value={view ? view.unit : Math.max(0, s.unit)} min={0} max={H - 1} step={1}
          onChange={(unit) => set({ unit })} disabled={!view} format={(v) => (s.unit < 0 ? m.busiest(v) : String(v))} />
      </Controls>
      <Controls label={m.forceGroup}>
        {GATES.map(({ gate, force, concept, hint }) => (
          <div key={gate} className="gate-force" style={{ borderLeft: `4px solid ${concept.colour}`, paddingLeft: 6 }}>
            <Toggle label={m.force(conceptName(shared, gate), concept.symbol, m[hint])} checked={s[force]} onChange={(on) => set({ [force]: on })} />
            <Slider label={m.forcedTo(concept.symbol)} value={s[gate]} min={0} max={1} step={0.05} onChange={(v) => set({ [gate]: v })}
              format={(v) => v.toFixed(2)} disabled={!s[force]} />
          </div>
        ))}
      </Controls>
      {model.status === 'ready' && !view && <p className="widget-alert" role="status">{shared.needsText}</p>}
      {view && (
        <>
          <p className="step-where">{whereBefore}<strong>‘{view.trace.labels[view.t]}’</strong>{whereAfter}</p>
          <StepEquations view={view} compact={width < 620} />
          <StepStrips view={view} width={width} />
          <div className="step-summary" aria-live="polite">{describeStep(view, m).map((line) => <p key={line}>{line}</p>)}</div>
          {model.status === 'ready' && <p className="lstm-weights-note">{describeWeights(model.weights, shared)}</p>}
        </>
      )}
    </div>
  );
}
