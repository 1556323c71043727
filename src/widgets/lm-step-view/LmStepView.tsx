/**
 * One input followed through the model: the one-hot x(t), the embedding e(t) = E x(t),
 * the hidden state h(t), the top of ŷ(t) with the true next character marked, and
 * J(t) = −log ŷ(t)[x(t+1)] coloured under every character; J and perplexity live.
 */
import { useMemo } from 'react';
import type { WidgetProps } from '../widget-props';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { Tex, texNumber } from '../../viz/Tex';
import { DataTable } from '../../viz/DataTable';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, Select, Slider } from '../ui/controls';
import { START, encodeText, tokenLabel } from '../../data/char-vocab';
import { STEP_TEXT_MAX, STEP_VIEW_PREFIX, stepViewSchema } from './schema';
import { runSteps } from './run-steps';
import { VectorStrip } from './VectorStrip';
import { DistributionBars } from '../char-lm/DistributionBars';
import { ModelTextField } from '../char-lm/ModelTextField';
import { PromptNotes } from '../char-lm/PromptNotes';
import { texChar } from '../char-lm/tex-char';
import { useLmWeights } from '../char-lm/use-lm-weights';
import { LoadStatus } from '../char-lm/LoadStatus';
import { CELL_COLOUR, cellOptions } from '../char-lm/cells';
import { charLmText } from '../char-lm/text';
import { useMessages } from '../../app/messages';
import { stepViewText } from './text';
import { magnitudeColour } from '../../viz/scales';
import '../char-lm/char-lm.css';

const lossColour = magnitudeColour([0.05, 8]);

export default function LmStepView(props: WidgetProps) {
  const store = useWidgetStore(stepViewSchema, STEP_VIEW_PREFIX, props, {});
  const { settings, notices } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices }));
  const set = store.getState().set;
  const { state, retry } = useLmWeights(settings.cell);
  const [ref, width] = useWidth<HTMLDivElement>();
  const encoded = useMemo(() => encodeText(settings.text, STEP_TEXT_MAX), [settings.text]);
  const ids = useMemo(() => [START, ...encoded.ids], [encoded]);
  const steps = useMemo(() => (state.status === 'ready' ? runSteps(state.weights.params, settings.cell, ids) : []), [state, settings.cell, ids]);
  const T = steps.length;
  const t = Math.min(Math.max(1, settings.t), Math.max(1, T));
  const s = steps[t - 1];
  const J = T ? steps.reduce((a, x) => a + x.loss, 0) / T : NaN;
  const top = s ? Array.from(s.probs, (p, id) => ({ id, p })).sort((a, b) => b.p - a.p).slice(0, 8) : [];
  const colWidth = width > 700 ? (width - 20) / 2 : width;
  const w = useMessages(stepViewText);
  const lm = useMessages(charLmText);

  return (
    <div ref={ref} className="lm-step-view">
      <WidgetChrome title={w.title} notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <Controls label={w.settings}>
        <ModelTextField id={props.id} value={settings.text} onChange={(text) => set({ text })} />
        <Select label={lm.modelPretrained} value={settings.cell} options={cellOptions(lm)} onChange={(cell) => set({ cell })} />
        <Slider label={w.step} value={t} min={1} max={Math.max(1, T)} step={1} onChange={(v) => set({ t: v })} />
      </Controls>
      <PromptNotes encoded={encoded} max={STEP_TEXT_MAX} />
      <LoadStatus state={state} retry={retry} />
      {T === 0 && state.status === 'ready' && <p className="lm-note">{w.needText}</p>}
      {s && (
        <>
          <div className="lm-text" data-testid="sv-text" aria-label={w.textLabel}>
            <span className="lm-char special">‹start›</span>
            {steps.map((x, k) => (
              <button key={k} type="button" className="lm-char" aria-pressed={k === t - 1} onClick={() => set({ t: k + 1 })}
                aria-label={w.charLabel(k + 1, tokenLabel(x.target), x.loss.toFixed(2))}
                style={{ borderBottom: `5px solid ${lossColour(Math.max(0.05, x.loss))}` }}>{tokenLabel(x.target) === '␣' ? '\u00a0' : tokenLabel(x.target)}</button>
            ))}
          </div>
          <p className="lm-note">{w.underline}</p>
          <Tex display tex={`x^{(${t})} = \\text{“${texChar(s.input)}”},\\quad J^{(${t})} = -\\log \\hat{y}^{(${t})}[\\text{“${texChar(s.target)}”}] = -\\log ${texNumber(s.probs[s.target], 3)} = ${texNumber(s.loss, 3)}`} />
          <Tex display tex={`J = \\tfrac{1}{${T}}\\textstyle\\sum_t J^{(t)} = ${texNumber(J, 3)},\\qquad \\text{${w.perplexity}} = e^{J} = ${texNumber(Math.exp(J), 2)}`} />
          <div className="chart-row" style={{ gridTemplateColumns: width > 700 ? '1fr 1fr' : '1fr' }}>
            <div>
              <VectorStrip values={new Float64Array(s.probs.length)} highlight={s.input} width={colWidth} label={w.oneHot(t, tokenLabel(s.input), s.probs.length)} />
              <VectorStrip values={s.embedding} width={colWidth} label={w.embedding(t, tokenLabel(s.input), s.embedding.length)} />
              <VectorStrip values={s.hidden} width={colWidth} label={w.hidden(t, s.hidden.length)} />
            </div>
            <div>
              <p className="chart-title">{w.topTitle(t, tokenLabel(s.target))}</p>
              <DistributionBars top={top} highlight={s.target} colour={CELL_COLOUR[settings.cell]} width={colWidth}
                label={w.topLabel(t)} />
              {!top.some((x) => x.id === s.target) && <p className="lm-note">{w.notInTop(tokenLabel(s.target), (s.probs[s.target] * 100).toFixed(2))}</p>}
            </div>
          </div>
          <DataTable summary={w.tableSummary} columns={['t', w.colInput, w.colNext, 'ŷ(t)[x(t+1)]', 'J(t)']}
            rows={steps.map((x, k) => [k + 1, tokenLabel(x.input), tokenLabel(x.target), x.probs[x.target], x.loss])} />
        </>
      )}
    </div>
  );
}

