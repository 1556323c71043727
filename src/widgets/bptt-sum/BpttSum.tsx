/**
 * Chapter 1's BPTT sum: the gradient of one character's loss with respect to the
 * repeated weight W_h of the pretrained simple RNN, taken apart into its parts
 * G_t = δ(t) h(t−1)ᵀ, one per appearance of W_h. Panel (a) shows each part's norm,
 * panel (b) the exact additive picture (projections onto the total), and a truncation
 * window greys the parts truncated BPTT drops.
 */
import { useDeferredValue, useMemo } from 'react';
import type { WidgetProps } from '../widget-props';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { Tex, texNumber } from '../../viz/Tex';
import { DataTable } from '../../viz/DataTable';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, Slider } from '../ui/controls';
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import { encodeText, tokenLabel } from '../../data/char-vocab';
import { useLmWeights } from '../char-lm/use-lm-weights';
import { ModelTextField } from '../char-lm/ModelTextField';
import { LoadStatus } from '../char-lm/LoadStatus';
import { PromptNotes } from '../char-lm/PromptNotes';
import { texChar } from '../char-lm/tex-char';
import { BPTT_SUM_PREFIX, BPTT_TEXT_MAX, bpttSumSchema } from './schema';
import { computeBptt, effectiveReach, truncate } from './compute';
import { columnLayout } from './layout';
import { NormBars } from './NormBars';
import { Waterfall } from './Waterfall';
import { TargetText } from './TargetText';
import { reachSentence, sumSentence, truncationSentence } from './summary';
import { DROPPED_COLOUR, PART_COLOUR } from './colours';
import { useMessages } from '../../app/messages';
import { bpttSumText } from './text';
import '../char-lm/char-lm.css';
import './bptt-sum.css';

/** The window the "t" key switches truncation on to (the lecture's common choice). */
const TRUNCATION_ON = 20;

export default function BpttSum(props: WidgetProps) {
  const store = useWidgetStore(bpttSumSchema, BPTT_SUM_PREFIX, props, {});
  const { settings, notices } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices }));
  const set = store.getState().set;
  const w = useMessages(bpttSumText);
  const { state, retry } = useLmWeights('rnn');
  const [ref, width] = useWidth<HTMLDivElement>();
  const text = useDeferredValue(settings.text);
  const encoded = useMemo(() => encodeText(text, BPTT_TEXT_MAX), [text]);
  // A forward and backward pass per change: deferred, so a dragged slider moves at once and only the latest value is drawn.
  const at = useDeferredValue(settings.at), k = useDeferredValue(settings.k);
  const view = useMemo(() => (state.status === 'ready' ? computeBptt(state.weights.params, encoded.ids, at) : null), [state, encoded, at]);
  const tr = useMemo(() => (view ? truncate(view, k) : null), [view, k]);
  const reach = useMemo(() => (view ? effectiveReach(view.parts) : null), [view]);
  useWidgetShortcuts(w.title, [
    { key: 't', label: w.keyTruncation(TRUNCATION_ON), run: () => set({ k: store.getState().settings.k > 0 ? 0 : TRUNCATION_ON }) },
    { key: 'r', label: w.keyReset, run: () => store.getState().reset() },
  ], { urlPrefix: BPTT_SUM_PREFIX });

  const T = view?.parts.T ?? 0;
  const layout = columnLayout(width, Math.max(1, T));
  const sumNorms = view ? view.parts.partNorms.reduce((a, b) => a + b, 0) : 0;

  return (
    <div ref={ref} className="bptt-sum">
      <WidgetChrome title={w.title} notices={notices} onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <Controls label={w.settings}>
        <ModelTextField id={props.id} value={settings.text} onChange={(text) => set({ text })} />
        <Slider label={w.window} value={settings.k} min={0} max={BPTT_TEXT_MAX} step={1} onChange={(k) => set({ k })}
          format={(v) => (v === 0 ? w.windowOff : String(v))} />
        <Slider label={w.whoseLoss} value={settings.at >= 1 && settings.at <= encoded.ids.length ? settings.at : Math.max(1, encoded.ids.length)}
          min={1} max={Math.max(1, encoded.ids.length)} step={1} onChange={(at) => set({ at: at === encoded.ids.length ? 0 : at })} />
      </Controls>
      <PromptNotes encoded={encoded} max={BPTT_TEXT_MAX} kind="text" empty={w.empty} />
      <LoadStatus state={state} retry={retry} what={w.model} />
      {view && tr && (
        <>
          <TargetText ids={encoded.ids} T={T} onPick={(t) => set({ at: t === encoded.ids.length ? 0 : t })} />
          <div className="bs-equations">
            <Tex display tex={`\\frac{\\partial J^{(${T})}}{\\partial \\mathbf{W}_h} = \\sum_{t=1}^{${T}} G_t,\\quad G_t = \\boldsymbol{\\delta}^{(t)}\\,\\mathbf{h}^{(t-1)\\top}`} />
            <Tex display tex={`J^{(${T})} = -\\log \\hat{y}^{(${T})}[\\text{“${texChar(view.target)}”}] = ${texNumber(view.parts.loss, 3)}`} />
            <Tex display tex={`\\Big\\|\\sum_t G_t\\Big\\| = \\sum_t p_t = ${texNumber(view.parts.totalNorm, 3)},\\quad p_t = \\frac{\\langle G_t, G\\rangle}{\\|G\\|}`} />
            <Tex display tex={`\\text{${w.but}}\\quad \\sum_t \\|G_t\\| = ${texNumber(sumNorms, 3)}`} />
          </div>
          <div className="legend">
            <span><span className="legend-swatch" style={{ background: PART_COLOUR }} />{w.kept}</span>
            <span><span className="legend-swatch" style={{ background: 'white', border: `1px solid ${PART_COLOUR}` }} />{w.negative}</span>
            <span><span className="legend-swatch" style={{ background: DROPPED_COLOUR }} />{w.dropped}</span>
          </div>
          <p className="chart-title">{w.normsTitle}</p>
          <NormBars layout={layout} norms={view.parts.partNorms} inputs={view.inputs} k={k} first={tr.first} sumOfNorms={sumNorms} totalNorm={view.parts.totalNorm} />
          <p className="chart-title">{w.waterfallTitle}</p>
          <Waterfall layout={layout} projections={view.parts.projections} inputs={view.inputs} k={k} first={tr.first} totalNorm={view.parts.totalNorm} keptSum={tr.along} />
          <p className="lm-verdict" data-testid="bs-summary">{sumSentence(view.parts, w)} {reachSentence(view.parts, reach, w)}</p>
          <p className="lm-status" data-testid="bs-truncation">{truncationSentence(view.parts, tr, k, w)}</p>
          <DataTable summary={w.tableSummary(T)} columns={[w.colStep, w.colInput, '‖G_t‖', 'p_t', w.colTruncation]}
            rows={view.inputs.map((id, t) => [t + 1, tokenLabel(id), view.parts.partNorms[t], view.parts.projections[t], t < tr.first ? w.rowDropped : w.rowKept])} maxRows={BPTT_TEXT_MAX} />
        </>
      )}
    </div>
  );
}

