/** The lecturer's controls for the gradient lab, all bound to the widget's store. */
import { useMemo } from 'react';
import { Controls, NumberField, Select, Slider, Toggle } from '../ui/controls';
import { useWidget } from '../../state/use-widget-store';
import type { WidgetStore } from '../../state/widget-store';
import type { GradientFlowSchema } from './schema';
import type { GradientFlowResults } from './compute';
import type { GradientFlowText } from './text';

interface Props {
  store: WidgetStore<GradientFlowSchema, GradientFlowResults>;
  m: GradientFlowText;
}

export function GradientFlowControls({ store, m }: Props) {
  const s = useWidget(store, (state) => state.settings);
  const set = store.getState().set;
  const cells = useMemo(() => [{ value: 'rnn', label: m.simpleRnn }, { value: 'lstm', label: 'LSTM' }] as const, [m]);
  const activations = useMemo(() => [
    { value: 'identity', label: m.identity },
    { value: 'tanh', label: 'tanh' },
    { value: 'sigmoid', label: 'sigmoid' },
    { value: 'relu', label: 'ReLU' },
  ] as const, [m]);
  return (
    <Controls label={m.settings}>
      <Select label={m.cell} value={s.cell} options={cells} onChange={(cell) => set({ cell })} />
      <Select label={m.activation} value={s.activation} options={activations} onChange={(activation) => set({ activation })} disabled={s.cell === 'lstm'} />
      <Slider label={m.rho} value={s.rho} min={0.5} max={1.5} step={0.01} onChange={(rho) => set({ rho })} format={(v) => v.toFixed(2)} />
      <Slider label={m.length} value={s.length} min={2} max={200} step={1} onChange={(length) => set({ length })} />
      <Slider label={m.truncation} value={s.truncation} min={0} max={s.length} step={1}
        onChange={(truncation) => set({ truncation })} format={(v) => (v === 0 ? m.off : String(v))} />
      <Toggle label={m.clipping} checked={s.clip} onChange={(clip) => set({ clip })} />
      <Slider label={m.threshold} value={Math.log10(s.threshold)} min={-2} max={2} step={0.05}
        onChange={(v) => set({ threshold: Number((10 ** v).toPrecision(3)) })} format={() => String(s.threshold)} disabled={!s.clip} />
      <NumberField label={m.seed} value={s.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
    </Controls>
  );
}
