/** Lecture keys: c toggles clipping, s plays or pauses, n takes one step, r resets the run. */
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import type { WidgetStore } from '../../state/widget-store';
import { EXPLODING_PREFIX, type ExplodingSchema } from './schema';
import type { ExplodingResults } from './run-state';

interface Actions {
  play(): void;
  pause(): void;
  step(): void;
  reset(): void;
}

export function useExplodingShortcuts(store: WidgetStore<ExplodingSchema, ExplodingResults>, actions: Actions, title: string): void {
  const status = () => store.getState().results.status;
  useWidgetShortcuts(
    title,
    [
      { key: 'c', label: 'gradient clipping on/off', run: () => store.getState().set({ clip: !store.getState().settings.clip }) },
      { key: 's', label: 'train / pause', run: () => (status() === 'running' ? actions.pause() : status() === 'idle' || status() === 'paused' ? actions.play() : undefined) },
      { key: 'n', label: 'one training step', run: () => (status() === 'idle' || status() === 'paused' ? actions.step() : undefined) },
      { key: 'r', label: 'reset the run', run: actions.reset },
    ],
    { urlPrefix: EXPLODING_PREFIX },
  );
}
