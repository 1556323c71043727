/**
 * Chapter 3's gradient lab: a simple RNN or LSTM on a seeded sequence, one forward +
 * BPTT pass per animation frame in which any control changed, and the gradient of
 * the last step's loss drawn flowing back through time. The widget itself renders
 * only the chrome and the controls on a change; the figures paint themselves from
 * the frame source.
 */
import { useCallback, useMemo } from 'react';
import type { WidgetProps } from '../widget-props';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { useMessages } from '../../app/messages';
import { WidgetChrome } from '../ui/WidgetChrome';
import { gradientFlowSchema, GRADIENT_FLOW_PREFIX } from './schema';
import { GradientFlowControls } from './GradientFlowControls';
import { FlowFigures } from './FlowFigures';
import { flowSource } from './flow-source';
import { gradientFlowText } from './text';
import { useGradientFlowShortcuts } from './use-gradient-flow-shortcuts';
import type { GradientFlowResult, GradientFlowResults, GradientFlowSettings } from './compute';

const noMeasurement: GradientFlowResults = { measured: null };

export default function GradientFlow(props: WidgetProps) {
  const store = useWidgetStore(gradientFlowSchema, GRADIENT_FLOW_PREFIX, props, noMeasurement);
  const { notices, pins } = useWidget(store, (s) => ({ notices: s.notices, pins: s.pins }));
  const pinActions = useMemo(() => ({ pin: () => store.getState().pin(), unpin: (i: number) => store.getState().unpin(i) }), [store]);
  const m = useMessages(gradientFlowText);
  const source = useMemo(() => flowSource(store), [store]);
  const [ref, width] = useWidth<HTMLDivElement>();
  useGradientFlowShortcuts(store, m);
  const onMeasured = useCallback((drawn: GradientFlowSettings, result: GradientFlowResult) =>
    store.getState().setResults({ measured: { settings: drawn, gradFromLast: result.analysis.gradFromLast, radius: result.radius } }), [store]);
  return (
    <div ref={ref} className="gradient-flow">
      <WidgetChrome title={m.title} notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <GradientFlowControls store={store} m={m} />
      <FlowFigures source={source} width={width} m={m} pins={pins} pinActions={pinActions} onMeasured={onMeasured} />
    </div>
  );
}
