/**
 * Chapter 1's BPTT sum: the gradient of one character's loss with respect to the
 * repeated weight W_h of the pretrained simple RNN, taken apart into its parts
 * G_t = δ(t) h(t−1)ᵀ, one per appearance of W_h. Panel (a) shows each part's norm,
 * panel (b) the exact additive picture (projections onto the total), and a truncation
 * window greys the parts truncated BPTT drops.
 */
import { useDeferredValue, useMemo } from 'react';
import type { WidgetProps } from '../registry';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { Tex, texNumber } from '../../viz/Tex';
import { DataTable } from '../../viz/DataTable';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, Slider } from '../ui/controls';
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import { encodeText, tokenLabel } from '../../data/char-vocab';
import { useLmWeights } from '../char-lm/use-lm-weights';
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
import '../char-lm/char-lm.css';
import './bptt-sum.css';

const TITLE = 'The gradient of a repeated weight is a sum over its appearances';
/** The window the "t" key switches truncation on to (the lecture's common choice). */
const TRUNCATION_ON = 20;

export default function BpttSum(props: WidgetProps) {
  const store = useWidgetStore(bpttSumSchema, BPTT_SUM_PREFIX, props, {});
  const { settings, notices } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices }));
  const set = store.getState().set;
  const { state, retry } = useLmWeights('rnn');
  const [ref, width] = useWidth<HTMLDivElement>();
  const text = useDeferredValue(settings.text);
  const encoded = useMemo(() => encodeText(text, BPTT_TEXT_MAX), [text]);
  // A forward and backward pass per change: deferred, so a dragged slider moves at once and only the latest value is drawn.
  const at = useDeferredValue(settings.at), k = useDeferredValue(settings.k);
  const view = useMemo(() => (state.status === 'ready' ? computeBptt(state.weights.params, encoded.ids, at) : null), [state, encoded, at]);
  const tr = useMemo(() => (view ? truncate(view, k) : null), [view, k]);
  const reach = useMemo(() => (view ? effectiveReach(view.parts) : null), [view]);
  useWidgetShortcuts(TITLE, [
    { key: 't', label: `truncation off ↔ k = ${TRUNCATION_ON}`, run: () => set({ k: store.getState().settings.k > 0 ? 0 : TRUNCATION_ON }) },
    { key: 'r', label: 'reset to the chapter’s settings', run: () => store.getState().reset() },
  ], { urlPrefix: BPTT_SUM_PREFIX });

  const T = view?.parts.T ?? 0;
  const layout = columnLayout(width, Math.max(1, T));
  const sumNorms = view ? view.parts.partNorms.reduce((a, b) => a + b, 0) : 0;

  return (
    <div ref={ref} className="bptt-sum">
      <WidgetChrome title={TITLE} notices={notices} onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <Controls label="BPTT sum settings">
        <div className="control">
          <label htmlFor={`${props.id}-text`}>text read by the model</label>
          <input id={`${props.id}-text`} className="lm-prompt" type="text" value={settings.text} maxLength={400} onChange={(e) => set({ text: e.currentTarget.value })} />
        </div>
        <Slider label="truncation window k (steps)" value={settings.k} min={0} max={BPTT_TEXT_MAX} step={1} onChange={(k) => set({ k })}
          format={(v) => (v === 0 ? 'off (full BPTT)' : String(v))} />
        <Slider label="whose loss: J(t) of character t" value={settings.at >= 1 && settings.at <= encoded.ids.length ? settings.at : Math.max(1, encoded.ids.length)}
          min={1} max={Math.max(1, encoded.ids.length)} step={1} onChange={(at) => set({ at: at === encoded.ids.length ? 0 : at })} />
      </Controls>
      <PromptNotes encoded={encoded} max={BPTT_TEXT_MAX} noun="text" empty="The text is empty: type at least one character, whose loss the gradient is taken of." />
      <LoadStatus state={state} retry={retry} what="the pretrained simple RNN" />
      {view && tr && (
        <>
          <TargetText ids={encoded.ids} T={T} onPick={(t) => set({ at: t === encoded.ids.length ? 0 : t })} />
          <div className="bs-equations">
            <Tex display tex={`\\frac{\\partial J^{(${T})}}{\\partial \\mathbf{W}_h} = \\sum_{t=1}^{${T}} G_t,\\quad G_t = \\boldsymbol{\\delta}^{(t)}\\,\\mathbf{h}^{(t-1)\\top}`} />
            <Tex display tex={`J^{(${T})} = -\\log \\hat{y}^{(${T})}[\\text{“${texChar(view.target)}”}] = ${texNumber(view.parts.loss, 3)}`} />
            <Tex display tex={`\\Big\\|\\sum_t G_t\\Big\\| = \\sum_t p_t = ${texNumber(view.parts.totalNorm, 3)},\\quad p_t = \\frac{\\langle G_t, G\\rangle}{\\|G\\|}`} />
            <Tex display tex={`\\text{but}\\quad \\sum_t \\|G_t\\| = ${texNumber(sumNorms, 3)}`} />
          </div>
          <div className="legend">
            <span><span className="legend-swatch" style={{ background: PART_COLOUR }} />kept part</span>
            <span><span className="legend-swatch" style={{ background: 'white', border: `1px solid ${PART_COLOUR}` }} />negative projection (goes down)</span>
            <span><span className="legend-swatch" style={{ background: DROPPED_COLOUR }} />dropped by truncation (shaded columns; dashed lines: chunk starts)</span>
          </div>
          <p className="chart-title">(a) size of each part, ‖G_t‖ (log scale); right: their sum and the size of the total</p>
          <NormBars layout={layout} norms={view.parts.partNorms} inputs={view.inputs} k={k} first={tr.first} sumOfNorms={sumNorms} totalNorm={view.parts.totalNorm} />
          <p className="chart-title">(b) each part's projection p_t onto the total, stacked: the steps land on ‖G‖; right: the full total and the kept parts' sum</p>
          <Waterfall layout={layout} projections={view.parts.projections} inputs={view.inputs} k={k} first={tr.first} totalNorm={view.parts.totalNorm} keptSum={tr.along} />
          <p className="lm-verdict" data-testid="bs-summary">{sumSentence(view.parts)} {reachSentence(view.parts, reach)}</p>
          <p className="lm-status" data-testid="bs-truncation">{truncationSentence(view.parts, tr, k)}</p>
          <DataTable summary={`Each part of ∂J(${T})/∂W_h: its norm and its projection onto the total`} columns={['step t', 'input x(t)', '‖G_t‖', 'p_t', 'truncation']}
            rows={view.inputs.map((id, t) => [t + 1, tokenLabel(id), view.parts.partNorms[t], view.parts.projections[t], t < tr.first ? 'dropped' : 'kept'])} maxRows={BPTT_TEXT_MAX} />
        </>
      )}
    </div>
  );
}

