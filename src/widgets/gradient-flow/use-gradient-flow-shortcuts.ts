/**
 * The gradient lab's lecture keys: c toggles clipping, t switches truncation off or
 * to a window of 10 steps (or less for short sequences), r resets to the chapter's
 * settings.
 */
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import type { WidgetStore } from '../../state/widget-store';
import { GRADIENT_FLOW_PREFIX, type GradientFlowSchema } from './schema';
import type { GradientFlowText } from './text';
import type { GradientFlowResults } from './compute';

/** The window "t" switches truncation on to. */
export const TRUNCATION_ON = 10;

export function useGradientFlowShortcuts(store: WidgetStore<GradientFlowSchema, GradientFlowResults>, m: GradientFlowText): void {
  useWidgetShortcuts(
    m.title,
    [
      { key: 'c', label: m.keyClip, run: () => store.getState().set({ clip: !store.getState().settings.clip }) },
      {
        key: 't',
        label: m.keyTruncation(TRUNCATION_ON),
        run: () => {
          const { truncation, length } = store.getState().settings;
          store.getState().set({ truncation: truncation > 0 ? 0 : Math.max(1, Math.min(TRUNCATION_ON, length - 1)) });
        },
      },
      { key: 'r', label: m.keyReset, run: () => store.getState().reset() },
    ],
    { urlPrefix: GRADIENT_FLOW_PREFIX },
  );
}
