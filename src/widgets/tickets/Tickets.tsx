/**
 * Why vanishing matters: the lecture's tickets passage with, for every earlier word,
 * how much of the gradient of the loss at the blank reaches the hidden state there.
 * The weights are a fresh initialisation (W_h = ρ·Q), not a trained model: the
 * picture shows the pathways a gradient has at the start of training.
 */
import { useMemo } from 'react';
import type { WidgetProps } from '../widget-props';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { magnitudeScale, formatNumber } from '../../viz/scales';
import { DataTable } from '../../viz/DataTable';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, NumberField, Select, Slider } from '../ui/controls';
import { ticketsSchema, TICKETS_PREFIX, TICKETS_MODEL } from './schema';
import { computeTickets } from './compute';
import { describeTickets } from './summary';
import { PassageView, ColourKey } from './PassageView';
import { ticketsText } from './text';
import { useMessages } from '../../app/messages';
import './tickets.css';


const BAR_HEIGHT = 30;

export default function Tickets(props: WidgetProps) {
  const m = useMessages(ticketsText);
  const cells = [{ value: 'rnn', label: m.simpleRnn }, { value: 'lstm', label: m.lstm }] as const;
  const store = useWidgetStore(ticketsSchema, TICKETS_PREFIX, props, {});
  const { settings, notices } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices }));
  const set = store.getState().set;
  const [ref, width] = useWidth<HTMLDivElement>();
  const result = useMemo(() => computeTickets(settings), [settings]);
  const { passage, shown, other } = result;
  // One scale for both cells, so switching the cell compares like with like.
  const bar = magnitudeScale([...shown.fromBlank, ...other.fromBlank], [0, BAR_HEIGHT]);
  const T = passage.words.length;
  const last = shown.fromBlank[T - 1];
  const atAnswer = shown.fromBlank[passage.answerIndex];

  return (
    <div ref={ref} className="tickets">
      <WidgetChrome title={m.title} notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <Controls label={m.controls}>
        <Select label={m.cell} value={settings.cell} options={cells} onChange={(cell) => set({ cell })} />
        <Slider label={m.rho} value={settings.rho} min={0.5} max={1.5} step={0.05} onChange={(rho) => set({ rho })} format={(v) => v.toFixed(2)} />
        <Slider label={m.forgetBias} value={settings.forgetBias} min={-2} max={5} step={0.5} onChange={(forgetBias) => set({ forgetBias })}
          format={(v) => v.toFixed(1)} disabled={settings.cell !== 'lstm'} />
        <NumberField label={m.seed} value={settings.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
      </Controls>
      <PassageView words={passage.words} magnitudes={shown.fromBlank} answerIndex={passage.answerIndex} bar={bar} />
      <div className="tk-keys">
        <span className="tk-key-label">{m.keyLabel}</span>
        <ColourKey domain={bar.domain() as [number, number]} width={width} />
        <span><span className="tk-legend-answer">tickets</span> {m.legendAnswer} · <span className="tk-legend-blank">___</span> {m.legendBlank}</span>
      </div>
      <p className="readout tk-readout">
        {m.atLast(passage.words[T - 1].text)} <strong>{formatNumber(last)}</strong> · {m.atAnswer} <strong>{formatNumber(atAnswer)}</strong> ·{' '}
        {m.ratio} <strong data-ratio={shown.ratio}>{formatNumber(shown.ratio)}</strong>
      </p>
      <div className="tk-summary" aria-live="polite">
        {describeTickets(m, settings, result).map((line) => <p key={line}>{line}</p>)}
      </div>
      <p className="tk-note">{m.note(settings.seed, TICKETS_MODEL.hidden, passage.vocab.length)}</p>
      <DataTable
        summary={m.tableSummary}
        columns={['t', m.colWord, m.colDistance, '‖∂J(T)/∂h(t)‖', m.colRelative]}
        rows={passage.words.map((w, t) => [t + 1, w.word, T - 1 - t, shown.fromBlank[t], shown.fromBlank[t] / last])}
      />
    </div>
  );
}
