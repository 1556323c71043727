/** The lecturer's controls: the run's settings and the training buttons. */
import { Controls, NumberField, Slider, Toggle } from '../ui/controls';
import { useWidget } from '../../state/use-widget-store';
import type { WidgetStore } from '../../state/widget-store';
import type { ExplodingSchema } from './schema';
import type { ExplodingResults } from './run-state';
import { explodingText } from './text';
import { useMessages } from '../../app/messages';

interface Actions {
  play(): void;
  pause(): void;
  step(): void;
  reset(): void;
}

const log10 = Math.log10;

export function ExplodingControls({ store, actions }: { store: WidgetStore<ExplodingSchema, ExplodingResults>; actions: Actions }) {
  const m = useMessages(explodingText);
  const s = useWidget(store, (state) => state.settings);
  const status = useWidget(store, (state) => state.results.status);
  const set = store.getState().set;
  const running = status === 'running';
  const stuck = status === 'blown' || status === 'finished';
  return (
    <Controls label={m.controls}>
      <Slider label={m.rho} value={s.rho} min={0.5} max={1.5} step={0.05} onChange={(rho) => set({ rho })} format={(v) => v.toFixed(2)} />
      <Slider label={m.learningRate} value={log10(s.lr)} min={-2} max={log10(0.5)} step={0.05}
        onChange={(v) => set({ lr: Number((10 ** v).toPrecision(2)) })} format={() => String(s.lr)} />
      <Toggle label={m.clipping} checked={s.clip} onChange={(clip) => set({ clip })} />
      <Slider label={m.threshold} value={log10(s.threshold)} min={-1} max={2} step={0.1}
        onChange={(v) => set({ threshold: Number((10 ** v).toPrecision(2)) })} format={() => String(s.threshold)} disabled={!s.clip} />
      <NumberField label={m.seed} value={s.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
      <div className="button-row">
        {running ? (
          <button type="button" onClick={actions.pause}>{m.pause}</button>
        ) : (
          <button type="button" className="primary" onClick={actions.play} disabled={stuck}>{status === 'idle' ? m.train : m.continue}</button>
        )}
        <button type="button" onClick={actions.step} disabled={running || stuck}>{m.step}</button>
        <button type="button" onClick={actions.reset} disabled={status === 'idle'}>{m.resetRun}</button>
      </div>
    </Controls>
  );
}
