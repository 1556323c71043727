/** The lecturer's controls for the gradient lab, all bound to the widget's store. */
import { Controls, NumberField, Select, Slider, Toggle } from '../ui/controls';
import { useWidget } from '../../state/use-widget-store';
import type { WidgetStore } from '../../state/widget-store';
import type { GradientFlowSchema } from './schema';

const CELLS = [
  { value: 'rnn', label: 'simple RNN' },
  { value: 'lstm', label: 'LSTM' },
] as const;
const ACTIVATIONS = [
  { value: 'identity', label: 'identity' },
  { value: 'tanh', label: 'tanh' },
  { value: 'sigmoid', label: 'sigmoid' },
  { value: 'relu', label: 'ReLU' },
] as const;

export function GradientFlowControls({ store }: { store: WidgetStore<GradientFlowSchema, Record<string, never>> }) {
  const s = useWidget(store, (state) => state.settings);
  const set = store.getState().set;
  return (
    <Controls label="Gradient lab settings">
      <Select label="cell" value={s.cell} options={CELLS} onChange={(cell) => set({ cell })} />
      <Select label="activation σ" value={s.activation} options={ACTIVATIONS} onChange={(activation) => set({ activation })} disabled={s.cell === 'lstm'} />
      <Slider label="spectral radius ρ" value={s.rho} min={0.5} max={1.5} step={0.01} onChange={(rho) => set({ rho })} format={(v) => v.toFixed(2)} />
      <Slider label="sequence length T" value={s.length} min={2} max={200} step={1} onChange={(length) => set({ length })} />
      <Slider label="truncation window k" value={s.truncation} min={0} max={s.length} step={1}
        onChange={(truncation) => set({ truncation })} format={(v) => (v === 0 ? 'off' : String(v))} />
      <Toggle label="gradient clipping" checked={s.clip} onChange={(clip) => set({ clip })} />
      <Slider label="clipping threshold" value={Math.log10(s.threshold)} min={-2} max={2} step={0.05}
        onChange={(v) => set({ threshold: Number((10 ** v).toPrecision(3)) })} format={() => String(s.threshold)} disabled={!s.clip} />
      <NumberField label="seed" value={s.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
    </Controls>
  );
}
