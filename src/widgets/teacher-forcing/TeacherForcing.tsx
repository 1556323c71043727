/**
 * Chapter 1's teacher forcing: the same pretrained model run over the reader's text
 * twice. Teacher forcing reads the true character at every step; free running reads
 * the text up to step s and then its own best guess (argmax ŷ) of the step before.
 * Both are charged J(t) for the true next character. A wrong character can be forced
 * at step s in both runs, to see teacher forcing recover and free running drift.
 */
import { useDeferredValue, useMemo } from 'react';
import type { WidgetProps } from '../widget-props';
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
import { ModelTextField } from '../char-lm/ModelTextField';
import { LoadStatus } from '../char-lm/LoadStatus';
import { PromptNotes } from '../char-lm/PromptNotes';
import { cellLabel, cellOptions } from '../char-lm/cells';
import { charLmText } from '../char-lm/text';
import { useMessages } from '../../app/messages';
import { teacherForcingText } from './text';
import { TEACHER_FORCING_PREFIX, TF_TEXT_MAX, WRONG_CHARACTERS, teacherForcingSchema } from './schema';
import { compare, meanLoss } from './compute';
import { comparisonSentence } from './summary';
import { StepRows } from './StepRows';
import { LossLines } from './LossLines';
import { FORCED_COLOUR, FREE_COLOUR, FREE_TEXT_COLOUR } from './colours';
import '../char-lm/char-lm.css';
import './teacher-forcing.css';


export default function TeacherForcing(props: WidgetProps) {
  const store = useWidgetStore(teacherForcingSchema, TEACHER_FORCING_PREFIX, props, {});
  const { settings, notices } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices }));
  const set = store.getState().set;
  const w = useMessages(teacherForcingText);
  const lm = useMessages(charLmText);
  const wrongOptions = useMemo(() => WRONG_CHARACTERS.map((ch) => ({ value: ch, label: ch === ' ' ? w.space : ch })), [w]);
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
  useWidgetShortcuts(w.title, [
    { key: 'm', label: w.keyMistake, run: () => set({ mistake: !store.getState().settings.mistake }) },
    { key: 'r', label: w.keyReset, run: () => store.getState().reset() },
  ], { urlPrefix: TEACHER_FORCING_PREFIX });

  return (
    <div ref={ref} className="teacher-forcing">
      <WidgetChrome title={w.title} notices={notices} onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <Controls label={w.settings}>
        <ModelTextField id={props.id} value={settings.text} onChange={(text) => set({ text })} />
        <Select label={lm.modelPretrained} value={settings.cell} options={cellOptions(lm)} onChange={(cell) => set({ cell })} />
        <Slider label={w.from} value={s} min={1} max={Math.max(1, T)} step={1} onChange={(from) => set({ from })} />
        <Toggle label={w.mistake} checked={settings.mistake} onChange={(mistake) => set({ mistake })} />
        <Select label={w.wrong} value={settings.wrong} options={wrongOptions} onChange={(wrong) => set({ wrong })} disabled={!settings.mistake} />
      </Controls>
      <PromptNotes encoded={encoded} max={TF_TEXT_MAX} kind="text" empty={w.empty} />
      <LoadStatus state={state} retry={retry} what={lm.pretrainedCell(cellLabel(settings.cell, lm))} />
      {c && (
        <>
          <p className="lm-note">{w.how(s, settings.mistake ? tokenLabel(wrongId) : null)}</p>
          <StepRows c={c} width={width} onPick={(from) => set({ from })} />
          <Tex display tex={`\\textcolor{${FORCED_COLOUR}}{\\text{${w.teacherForcing}: }\\tfrac{1}{${T}}\\textstyle\\sum_t J^{(t)} = ${texNumber(meanLoss(c.forced.losses), 2)}}\\qquad \\textcolor{${FREE_TEXT_COLOUR}}{\\text{${w.freeRunning}: } ${texNumber(meanLoss(c.free.losses), 2)}}`} />
          <LossLines c={c} width={width} />
          <div className="legend">
            <span><span className="legend-swatch" style={{ background: FORCED_COLOUR }} />{w.teacherForcing}{settings.mistake ? w.withoutMistake : ''}</span>
            <span><span className="legend-swatch" style={{ background: FREE_COLOUR }} />{w.freeRunning}</span>
            <span>{w.means}</span>
          </div>
          <p className="lm-verdict" data-testid="tf-summary">{comparisonSentence(c, w)}</p>
          <DataTable summary={w.tableSummary} columns={['t', w.colTrueNext, w.colForcedInput, w.colForcedGuess, w.colForcedLoss, w.colFreeInput, w.colFreeGuess, w.colFreeLoss]}
            rows={c.clean.losses.length ? Array.from(c.forced.losses, (_, t) => [t + 1, tokenLabel(ids[t + 1]), tokenLabel(c.forced.inputs[t]), tokenLabel(c.forced.predictions[t]), c.forced.losses[t],
              tokenLabel(c.free.inputs[t]), tokenLabel(c.free.predictions[t]), c.free.losses[t]]) : []} maxRows={TF_TEXT_MAX} />
        </>
      )}
    </div>
  );
}
