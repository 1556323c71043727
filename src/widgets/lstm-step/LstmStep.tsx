/**
 * Chapter 4's "one step taken apart": the pretrained char-LSTM reads the reader's text;
 * at the chosen step every gate, the candidate and both states are shown as numbers in
 * the equations (one unit) and as bar strips (all units). Gates can be forced by hand.
 */
import { useMemo } from 'react';
import type { WidgetProps } from '../registry';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, Slider, Toggle } from '../ui/controls';
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import { TextField } from '../lstm-shared/TextField';
import { ModelStatus } from '../lstm-shared/ModelStatus';
import { useCharLstm, describeWeights } from '../lstm-shared/use-char-lstm';
import { CONCEPTS } from '../lstm-shared/concepts';
import { lstmStepSchema, LSTM_STEP_PREFIX, STEP_TEXT_LIMIT } from './schema';
import { computeStepView, describeStep } from './compute';
import { StepEquations } from './StepEquations';
import { StepStrips } from './StepStrips';
import '../lstm-shared/lstm-shared.css';

const TITLE = 'One LSTM step, taken apart';
const GATES = [
  { gate: 'f', force: 'forceF', concept: CONCEPTS.f, hint: '0 erases' },
  { gate: 'i', force: 'forceI', concept: CONCEPTS.i, hint: '1 writes' },
  { gate: 'o', force: 'forceO', concept: CONCEPTS.o, hint: '0 hides' },
] as const;

export default function LstmStep(props: WidgetProps) {
  const store = useWidgetStore(lstmStepSchema, LSTM_STEP_PREFIX, props, {});
  const { settings: s, notices } = useWidget(store, (st) => ({ settings: st.settings, notices: st.notices }));
  const set = store.getState().set;
  const model = useCharLstm();
  const [ref, width] = useWidth<HTMLDivElement>();
  useWidgetShortcuts(TITLE, [
    { key: 'f', label: 'force the forget gate on/off', run: () => set({ forceF: !store.getState().settings.forceF }) },
    { key: 'i', label: 'force the input gate on/off', run: () => set({ forceI: !store.getState().settings.forceI }) },
    { key: 'o', label: 'force the output gate on/off', run: () => set({ forceO: !store.getState().settings.forceO }) },
    { key: 'r', label: 'reset to the chapter’s settings', run: () => store.getState().reset() },
  ], { urlPrefix: LSTM_STEP_PREFIX });

  const params = model.status === 'ready' ? model.weights.params : null;
  const view = useMemo(() => (params ? computeStepView(params, s) : null), [params, s]);
  const T = view?.trace.T ?? 0;
  const H = view?.trace.H ?? 1;

  return (
    <div ref={ref} className="lstm-step">
      <WidgetChrome title={TITLE} notices={notices} onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <ModelStatus state={model} />
      <Controls label="Step view settings">
        <TextField label="text the LSTM reads" value={s.text} maxLength={lstmStepSchema.text.maxLength}
          onChange={(text) => set({ text: Array.from(text).slice(0, lstmStepSchema.text.maxLength).join('') })}
          notes={view?.trace.notes ?? []} />
        <Slider label="time step t" value={view ? view.t : s.t} min={0} max={Math.max(0, Math.min(STEP_TEXT_LIMIT, T) - 1)} step={1}
          onChange={(t) => set({ t })} disabled={T === 0}
          format={(v) => (view ? `${v + 1} (reads ‘${view.trace.labels[Math.min(v, T - 1)]}’)` : String(v + 1))} />
        <Slider label="unit j" value={view ? view.unit : Math.max(0, s.unit)} min={0} max={H - 1} step={1}
          onChange={(unit) => set({ unit })} disabled={!view} format={(v) => (s.unit < 0 ? `${v} (busiest)` : String(v))} />
      </Controls>
      <Controls label="Force the gates by hand">
        {GATES.map(({ gate, force, concept, hint }) => (
          <div key={gate} className="gate-force" style={{ borderLeft: `4px solid ${concept.colour}`, paddingLeft: 6 }}>
            <Toggle label={`force ${concept.name} ${concept.symbol} (${hint})`} checked={s[force]} onChange={(on) => set({ [force]: on })} />
            <Slider label={`${concept.symbol} forced to`} value={s[gate]} min={0} max={1} step={0.05} onChange={(v) => set({ [gate]: v })}
              format={(v) => v.toFixed(2)} disabled={!s[force]} />
          </div>
        ))}
      </Controls>
      {model.status === 'ready' && !view && <p className="widget-alert" role="status">Type some text: the LSTM needs at least one character.</p>}
      {view && (
        <>
          <p className="step-where">Step {view.t + 1}: the LSTM reads <strong>‘{view.trace.labels[view.t]}’</strong> after
            “{view.trace.labels.slice(Math.max(0, view.t - 24), view.t).join('').replace(/␣/g, ' ')}”.</p>
          <StepEquations view={view} compact={width < 620} />
          <StepStrips view={view} width={width} />
          <div className="step-summary" aria-live="polite">{describeStep(view).map((line) => <p key={line}>{line}</p>)}</div>
          {model.status === 'ready' && <p className="lstm-weights-note">{describeWeights(model.weights)}</p>}
        </>
      )}
    </div>
  );
}
