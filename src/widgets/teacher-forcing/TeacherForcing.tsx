/**
 * Chapter 1's teacher forcing: the same pretrained model run over the reader's text
 * twice. Teacher forcing reads the true character at every step; free running reads
 * the text up to step s and then its own best guess (argmax ŷ) of the step before.
 * Both are charged J(t) for the true next character. A wrong character can be forced
 * at step s in both runs, to see teacher forcing recover and free running drift.
 */
import { useDeferredValue, useMemo } from 'react';
import type { WidgetProps } from '../registry';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { Tex, texNumber } from '../../viz/Tex';
import { DataTable } from '../../viz/DataTable';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, Select, Slider, Toggle } from '../ui/controls';
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import { START, VOCAB, encodeText, tokenLabel } from '../../data/char-vocab';
import { runTeacherForced } from '../../core/teacher-forcing';
import { useLmWeights } from '../char-lm/use-lm-weights';
import { LoadStatus } from '../char-lm/LoadStatus';
import { PromptNotes } from '../char-lm/PromptNotes';
import { CELL_LABEL, CELL_OPTIONS } from '../char-lm/cells';
import { TEACHER_FORCING_PREFIX, TF_TEXT_MAX, WRONG_CHARACTERS, teacherForcingSchema } from './schema';
import { compare, meanLoss } from './compute';
import { comparisonSentence } from './summary';
import { StepRows } from './StepRows';
import { LossLines } from './LossLines';
import { FORCED_COLOUR, FREE_COLOUR, FREE_TEXT_COLOUR } from './colours';
import '../char-lm/char-lm.css';
import './teacher-forcing.css';

const TITLE = 'Teacher forcing against feeding the model its own predictions';
const WRONG_OPTIONS = WRONG_CHARACTERS.map((ch) => ({ value: ch, label: ch === ' ' ? '␣ (space)' : ch }));

export default function TeacherForcing(props: WidgetProps) {
  const store = useWidgetStore(teacherForcingSchema, TEACHER_FORCING_PREFIX, props, {});
  const { settings, notices } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices }));
  const set = store.getState().set;
  const { state, retry } = useLmWeights(settings.cell);
  const [ref, width] = useWidth<HTMLDivElement>();
  const text = useDeferredValue(settings.text);
  const encoded = useMemo(() => encodeText(text, TF_TEXT_MAX), [text]);
  const ids = useMemo(() => [START, ...encoded.ids], [encoded]);
  const T = ids.length - 1;
  const params = state.status === 'ready' && state.weights.spec.cell === settings.cell ? state.weights.params : null;
  const clean = useMemo(() => (params && T > 0 ? runTeacherForced(params, settings.cell, ids) : null), [params, settings.cell, ids, T]);
  const s = Math.min(Math.max(1, settings.from), Math.max(1, T));
  const wrongId = VOCAB.indexOf(settings.wrong);
  // Two forward passes per change: deferred, so a dragged slider moves at once and only the latest value is drawn.
  const from = useDeferredValue(s), mistake = useDeferredValue(settings.mistake), wrong = useDeferredValue(wrongId);
  const c = useMemo(() => (params && clean ? compare(params, settings.cell, ids, clean, Math.min(from, T) - 1, mistake ? { step: Math.min(from, T) - 1, token: wrong } : null) : null),
    [params, clean, settings.cell, ids, T, from, mistake, wrong]);
  useWidgetShortcuts(TITLE, [
    { key: 'm', label: 'force a wrong character on/off', run: () => set({ mistake: !store.getState().settings.mistake }) },
    { key: 'r', label: 'reset to the chapter’s settings', run: () => store.getState().reset() },
  ], { urlPrefix: TEACHER_FORCING_PREFIX });

  return (
    <div ref={ref} className="teacher-forcing">
      <WidgetChrome title={TITLE} notices={notices} onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <Controls label="Teacher forcing settings">
        <div className="control">
          <label htmlFor={`${props.id}-text`}>text read by the model</label>
          <input id={`${props.id}-text`} className="lm-prompt" type="text" value={settings.text} maxLength={400} onChange={(e) => set({ text: e.currentTarget.value })} />
        </div>
        <Select label="model (pretrained)" value={settings.cell} options={CELL_OPTIONS} onChange={(cell) => set({ cell })} />
        <Slider label="free running from step s" value={s} min={1} max={Math.max(1, T)} step={1} onChange={(from) => set({ from })} />
        <Toggle label="force a wrong character at step s" checked={settings.mistake} onChange={(mistake) => set({ mistake })} />
        <Select label="wrong character" value={settings.wrong} options={WRONG_OPTIONS} onChange={(wrong) => set({ wrong })} disabled={!settings.mistake} />
      </Controls>
      <PromptNotes encoded={encoded} max={TF_TEXT_MAX} noun="text" empty="The text is empty: type at least one character for the model to predict." />
      <LoadStatus state={state} retry={retry} what={`the pretrained ${CELL_LABEL[settings.cell]}`} />
      {c && (
        <>
          <p className="lm-note">
            Teacher forcing reads the true character at every step. Free running reads the text before step {s}, then
            {settings.mistake ? ` a forced “${tokenLabel(wrongId)}” at step ${s} (teacher forcing reads it too), then` : ''} its own best guess
            (argmax ŷ) of the step before. Rows: the text; teacher forcing's best guess for each character; what free running reads.
            The bar under a character is J(t) for it in that run (dark = small, yellow = large). Bold on a tint: free running has
            left the text. Press a character of the text to let free running take over there.
          </p>
          <StepRows c={c} width={width} onPick={(from) => set({ from })} />
          <Tex display tex={`\\textcolor{${FORCED_COLOUR}}{\\text{teacher forcing: }\\tfrac{1}{${T}}\\textstyle\\sum_t J^{(t)} = ${texNumber(meanLoss(c.forced.losses), 2)}}\\qquad \\textcolor{${FREE_TEXT_COLOUR}}{\\text{free running: } ${texNumber(meanLoss(c.free.losses), 2)}}`} />
          <LossLines c={c} width={width} />
          <div className="legend">
            <span><span className="legend-swatch" style={{ background: FORCED_COLOUR }} />teacher forcing{settings.mistake ? ' (dotted: without the mistake)' : ''}</span>
            <span><span className="legend-swatch" style={{ background: FREE_COLOUR }} />free running</span>
            <span>dashed horizontals: the means</span>
          </div>
          <p className="lm-verdict" data-testid="tf-summary">{comparisonSentence(c)}</p>
          <DataTable summary="Per step: the input and best guess of each run, and J(t) of the true next character" columns={['t', 'true next', 'forced: input', 'forced: guess', 'forced: J(t)', 'free: input', 'free: guess', 'free: J(t)']}
            rows={c.clean.losses.length ? Array.from(c.forced.losses, (_, t) => [t + 1, tokenLabel(ids[t + 1]), tokenLabel(c.forced.inputs[t]), tokenLabel(c.forced.predictions[t]), c.forced.losses[t],
              tokenLabel(c.free.inputs[t]), tokenLabel(c.free.predictions[t]), c.free.losses[t]]) : []} maxRows={TF_TEXT_MAX} />
        </>
      )}
    </div>
  );
}
