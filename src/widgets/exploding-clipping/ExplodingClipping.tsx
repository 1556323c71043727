/**
 * Chapter 3's exploding-gradients run: a simple RNN trained by plain SGD in a
 * compute worker, loss and ‖∂J/∂θ‖ per step, clipping switched and re-thresholded
 * live, the first NaN/∞ marked and explained, and a replay with clipping from just
 * before the blow-up drawn as a second line.
 */
import type { WidgetProps } from '../registry';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { DataTable } from '../../viz/DataTable';
import { WidgetChrome } from '../ui/WidgetChrome';
import { EXPLODING_PREFIX, LINE_STYLE, STEP_BUDGET, explodingSchema, type LineKind } from './schema';
import { emptyRun, blowUpOf, type ExplodingResults } from './run-state';
import { useExplodingRun } from './use-exploding-run';
import { ExplodingControls } from './ExplodingControls';
import { StepChart, type ChartLine } from './StepChart';
import { describeRun } from './summary';
import { useExplodingShortcuts } from './use-exploding-shortcuts';
import './exploding-clipping.css';

const TITLE = 'Exploding gradients and clipping';

/** The step axis grows with the run, in blocks of 25, so early steps are not squeezed. */
const axisEnd = (steps: number) => Math.min(STEP_BUDGET, Math.max(50, Math.ceil((steps + 5) / 25) * 25));

function chartLines(results: ExplodingResults): ChartLine[] {
  const lines: ChartLine[] = [{ kind: 'main', steps: results.main }];
  const branch = results.branch;
  if (branch && branch.length > 0) {
    // Join the replay to the first run's step before it, so the fork is visible.
    const joint = results.main.find((s) => s.step === branch[0].step - 1);
    lines.push({ kind: 'branch', steps: joint ? [joint, ...branch] : branch });
  }
  return lines;
}

export default function ExplodingClipping(props: WidgetProps) {
  const store = useWidgetStore(explodingSchema, EXPLODING_PREFIX, props, emptyRun());
  const { settings, notices, results } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices, results: s.results }));
  const actions = useExplodingRun(store);
  useExplodingShortcuts(store, actions, TITLE);
  const [ref, width] = useWidth<HTMLDivElement>();

  const lines = chartLines(results);
  const lastStep = Math.max(0, ...lines.flatMap((l) => l.steps.map((s) => s.step)));
  const xMax = axisEnd(lastStep);
  const blown = blowUpOf(results.active === 'main' ? results.main : results.branch);
  const threshold = settings.clip ? settings.threshold : null;
  const sentences = describeRun(results, settings.clip, settings.threshold, settings.rho);
  const all = lines.flatMap((l) => l.steps.map((s) => ({ line: l.kind, s }))).filter(({ line, s }) => line === 'main' || s.step >= (results.branch?.[0]?.step ?? 0));

  return (
    <div ref={ref} className="exploding-clipping">
      <WidgetChrome title={TITLE} notices={notices} onDismissNotices={() => store.getState().dismissNotices()}
        onReset={() => { actions.reset(); store.getState().reset(); }} />
      <ExplodingControls store={store} actions={actions} />
      {results.error && <p className="widget-alert" role="alert">{results.error}</p>}
      <p className="chart-title">Loss J per step</p>
      <StepChart name="loss-chart" width={width} lines={lines} value={(s) => s.loss} xMax={xMax} yLabel="loss J (log)"
        label="Training loss per step, log scale, for the first run and the replay with clipping" />
      <p className="chart-title">Gradient norm ‖∂J/∂θ‖ per step, before clipping</p>
      <StepChart name="grad-chart" width={width} lines={lines} value={(s) => s.gradNorm} xMax={xMax} yLabel="‖∂J/∂θ‖ (log)"
        label="Gradient norm per step, log scale, with the clipping threshold and the clipped steps" threshold={threshold} markClipped />
      <div className="legend">
        {(Object.keys(LINE_STYLE) as LineKind[]).filter((k) => k === 'main' || results.branch).map((k) => (
          <span key={k}>
            <svg width={26} height={10} aria-hidden="true"><line x1={1} x2={25} y1={5} y2={5} stroke={LINE_STYLE[k].colour} strokeWidth={2} strokeDasharray={LINE_STYLE[k].dash} /></svg>
            {k === 'branch' && results.branch?.[0] ? `replay from step ${results.branch[0].step}, clipping on` : LINE_STYLE[k].label}
          </span>
        ))}
        <span><span className="legend-swatch" style={{ background: '#0072b2' }} />clipped step: drop to the threshold</span>
        <span><span className="ec-legend-nan">NaN / ∞</span> non-finite step (update skipped)</span>
      </div>
      <div className="ec-summary" aria-live="polite">
        {sentences.map((line) => <p key={line}>{line}</p>)}
      </div>
      {blown?.replayFrom !== undefined && (
        <button type="button" className="primary ec-replay" onClick={actions.replay}>
          Replay from step {blown.replayFrom} with clipping on
        </button>
      )}
      <DataTable
        summary="The numbers in these charts"
        columns={['line', 'step', 'loss J', '‖∂J/∂θ‖', 'after clipping', 'ρ(W_h) after']}
        rows={all.map(({ line, s }) => [LINE_STYLE[line].label, s.step, s.loss, s.gradNorm, s.clippedGradNorm, s.radius])}
        maxRows={120}
      />
    </div>
  );
}
