/** Lecture keys: c toggles clipping, s plays or pauses, n takes one step, r resets the run. */
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import type { WidgetStore } from '../../state/widget-store';
import { EXPLODING_PREFIX, type ExplodingSchema } from './schema';
import type { ExplodingResults } from './run-state';
import type { ExplodingText } from './text';

interface Actions {
  play(): void;
  pause(): void;
  step(): void;
  reset(): void;
}

export function useExplodingShortcuts(store: WidgetStore<ExplodingSchema, ExplodingResults>, actions: Actions, m: ExplodingText): void {
  const status = () => store.getState().results.status;
  useWidgetShortcuts(
    m.title,
    [
      { key: 'c', label: m.keyClipping, run: () => store.getState().set({ clip: !store.getState().settings.clip }) },
      { key: 's', label: m.keyTrain, run: () => (status() === 'running' ? actions.pause() : status() === 'idle' || status() === 'paused' ? actions.play() : undefined) },
      { key: 'n', label: m.keyStep, run: () => (status() === 'idle' || status() === 'paused' ? actions.step() : undefined) },
      { key: 'r', label: m.keyReset, run: actions.reset },
    ],
    { urlPrefix: EXPLODING_PREFIX },
  );
}
