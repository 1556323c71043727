/**
 * The head of every word-model widget: its title strip, then one group of the
 * controls they share (cell, hidden units, steps per press, seed) and the training
 * bar. Settings that change the models are locked while training runs.
 */
import { useMessages } from '../../app/messages';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, NumberField, Select, Slider } from '../ui/controls';
import { TrainBar } from './TrainBar';
import { wordText } from './text';
import type { WordRunHandle } from './use-word-widget';

interface Range {
  min: number;
  max: number;
  step: number;
}

export function WordRunControls({ run, title, label, trainLabel, summary, hidden, steps, seedLabel, cell = false }: {
  run: WordRunHandle;
  title: string;
  /** Accessible name of the controls group. */
  label: string;
  /** Label of the first press of Train. */
  trainLabel: string;
  summary: string;
  hidden: Range & { label: string };
  steps: Range;
  /** Default: seed (weights and data). */
  seedLabel?: string;
  /** Offer the choice of simple RNN or LSTM cell. */
  cell?: boolean;
}) {
  const w = useMessages(wordText);
  const { settings, set, running } = run;
  const cellOptions = [{ value: 'rnn', label: w.simpleRnn }, { value: 'lstm', label: 'LSTM' }] as const;
  return (
    <>
      <WidgetChrome title={title} notices={run.notices} onDismissNotices={run.dismissNotices} onReset={run.reset} />
      <Controls label={label}>
        {cell && <Select label={w.recurrentCell} value={settings.cell ?? 'rnn'} options={cellOptions} onChange={(c) => set({ cell: c })} disabled={running} />}
        <Slider label={hidden.label} value={settings.hidden} min={hidden.min} max={hidden.max} step={hidden.step} onChange={(h) => set({ hidden: h })} disabled={running} />
        <Slider label={w.stepsPerPress} value={settings.steps} min={steps.min} max={steps.max} step={steps.step} onChange={(s) => set({ steps: s })} disabled={running} />
        <NumberField label={seedLabel ?? w.seed} value={settings.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
        <TrainBar status={run.results.status} trainLabel={trainLabel} onTrain={run.train} onStop={run.stop} onClear={run.clear} error={run.results.error} summary={summary} />
      </Controls>
    </>
  );
}
