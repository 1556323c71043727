/**
 * The gradient lab's frame source: one forward + BPTT pass per animation frame in
 * which the settings changed (however many slider inputs arrived in it), shared by
 * every picture of the lab.
 */
import { frameSource, mapSource, type FrameSource } from '../../state/frame-source';
import type { WidgetStore } from '../../state/widget-store';
import { computeGradientFlow, type GradientFlowResult, type GradientFlowResults, type GradientFlowSettings } from './compute';
import type { GradientFlowSchema } from './schema';

export interface FlowFrame {
  settings: GradientFlowSettings;
  /** null when the pass failed (error says why). */
  result: GradientFlowResult | null;
  error: string | null;
}

export function flowSource(store: WidgetStore<GradientFlowSchema, GradientFlowResults>): FrameSource<FlowFrame> {
  return frameSource(store, (state) => state.settings, (settings): FlowFrame => {
    try {
      const start = performance.now();
      const result = computeGradientFlow(settings);
      // A User Timing entry, so the benchmark can read what a slider move costs.
      performance.measure('gradient-flow:compute', { start });
      return { settings, result, error: null };
    } catch (error) {
      return { settings, result: null, error: error instanceof Error ? error.message : String(error) };
    }
  });
}

/** `pick` of the latest successful pass (a failed one keeps the last pictures until the error shows). */
export function resultSource<U>(source: FrameSource<FlowFrame>, pick: (result: GradientFlowResult, settings: GradientFlowSettings) => U): FrameSource<U> {
  let last: U | undefined;
  return mapSource(source, (frame) => {
    if (frame.result) last = pick(frame.result, frame.settings);
    return last as U;
  });
}
