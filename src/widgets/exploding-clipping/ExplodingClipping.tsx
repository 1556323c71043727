/**
 * Chapter 3's exploding-gradients run: a simple RNN trained by plain SGD in a
 * compute worker, loss and ‖∂J/∂θ‖ per step, clipping switched and re-thresholded
 * live, the first NaN/∞ marked and explained, and a replay with clipping from just
 * before the blow-up drawn as a second line. The clipping threshold reaches the
 * gradient chart through a frame source, so dragging it repaints the threshold
 * line instead of re-rendering the widget.
 */
import { useMemo } from 'react';
import type { WidgetProps } from '../widget-props';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { frameSource } from '../../state/frame-source';
import { useSettledValue } from '../../viz/use-paint';
import { useWidth } from '../../viz/use-width';
import { DataTable } from '../../viz/DataTable';
import { WidgetChrome } from '../ui/WidgetChrome';
import { EXPLODING_PREFIX, LINE_STYLE, STEP_BUDGET, explodingSchema, type LineKind } from './schema';
import { emptyRun, blowUpOf, type ExplodingResults } from './run-state';
import { useExplodingRun } from './use-exploding-run';
import { ExplodingControls } from './ExplodingControls';
import { StepChart, type ChartLine, type GhostLine } from './StepChart';
import { PinBar } from '../ui/PinBar';
import { pinStyle } from '../ui/pins';
import { usePinnedRuns } from '../ui/use-pinned-runs';
import type { ExplodingStep } from '../../core/experiments/exploding';
import { explodingPinJob, explodingPinNames } from './pins';
import { describeRun } from './summary';
import { useExplodingShortcuts } from './use-exploding-shortcuts';
import { explodingText, type ExplodingText } from './text';
import { useMessages } from '../../app/messages';
import { sharedText } from '../ui/text';
import './exploding-clipping.css';

/** The step axis grows with the run, in blocks of 25, so early steps are not squeezed. */
const axisEnd = (steps: number) => Math.min(STEP_BUDGET, Math.max(50, Math.ceil((steps + 5) / 25) * 25));

const lineName = (m: ExplodingText, kind: LineKind) => (kind === 'main' ? m.lineMain : m.lineBranch);

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
  const m = useMessages(explodingText);
  const words = useMessages(sharedText);
  const store = useWidgetStore(explodingSchema, EXPLODING_PREFIX, props, emptyRun());
  const { clip, rho, lr, seed, notices, results, pins } = useWidget(store, (s) => ({
    clip: s.settings.clip, rho: s.settings.rho, lr: s.settings.lr, seed: s.settings.seed, notices: s.notices, results: s.results, pins: s.pins,
  }));
  const thresholdSource = useMemo(() => frameSource(store, (s) => (s.settings.clip ? s.settings.threshold : null), (t) => t), [store]);
  // The sentences (read aloud) and the pins' names follow the threshold once it has settled.
  const settledThreshold = useSettledValue(thresholdSource) ?? store.getState().settings.threshold;
  const settings = { clip, rho, lr, seed, threshold: settledThreshold };
  const actions = useExplodingRun(store);
  const pinned = usePinnedRuns<typeof explodingSchema, ExplodingStep[]>(explodingSchema, pins, actions.client, 'exploding-pin', explodingPinJob);
  const pinNames = explodingPinNames(pins, settings, m, words);
  const ghosts: GhostLine[] = pins.flatMap((_, i) => {
    const steps = pinned.runs[i];
    return steps ? [{ id: `pin ${i + 1}`, steps, ...pinStyle(i) }] : [];
  });
  useExplodingShortcuts(store, actions, m);
  const [ref, width] = useWidth<HTMLDivElement>();

  const lines = chartLines(results);
  const lastStep = Math.max(0, ...lines.flatMap((l) => l.steps.map((s) => s.step)));
  const xMax = axisEnd(Math.max(lastStep, ...ghosts.map((g) => g.steps.at(-1)?.step ?? 0)));
  const blown = blowUpOf(results.active === 'main' ? results.main : results.branch);
  const sentences = describeRun(m, results, clip, settledThreshold, rho);
  const all = lines.flatMap((l) => l.steps.map((s) => ({ line: l.kind, s }))).filter(({ line, s }) => line === 'main' || s.step >= (results.branch?.[0]?.step ?? 0));

  return (
    <div ref={ref} className="exploding-clipping">
      <WidgetChrome title={m.title} notices={notices} onDismissNotices={() => store.getState().dismissNotices()}
        onReset={() => { actions.reset(); store.getState().reset(); }} />
      <ExplodingControls store={store} actions={actions} />
      {results.error && <p className="widget-alert" role="alert">{words.problem(results.error)}</p>}
      <p className="chart-title">{m.lossTitle}</p>
      <StepChart name="loss-chart" width={width} lines={lines} ghosts={ghosts} value={(s) => s.loss} xMax={xMax} yLabel={m.lossAxis}
        label={m.lossChart} />
      <p className="chart-title">{m.gradTitle}</p>
      <StepChart name="grad-chart" width={width} lines={lines} ghosts={ghosts} value={(s) => s.gradNorm} xMax={xMax} yLabel={m.gradAxis}
        label={m.gradChart} threshold={thresholdSource} markClipped />
      <div className="legend">
        {(Object.keys(LINE_STYLE) as LineKind[]).filter((k) => k === 'main' || results.branch).map((k) => (
          <span key={k}>
            <svg width={26} height={10} aria-hidden="true"><line x1={1} x2={25} y1={5} y2={5} stroke={LINE_STYLE[k].colour} strokeWidth={2} strokeDasharray={LINE_STYLE[k].dash} /></svg>
            {k === 'branch' && results.branch?.[0] ? m.legendReplay(results.branch[0].step) : lineName(m, k)}
          </span>
        ))}
        <span><span className="legend-swatch" style={{ background: '#0072b2' }} />{m.legendClipped}</span>
        <span><span className="ec-legend-nan">NaN / ∞</span> {m.legendNonFinite}</span>
      </div>
      <PinBar names={pinNames} onPin={() => store.getState().pin(lastStep)} onUnpin={(i) => store.getState().unpin(i)}
        canPin={lastStep > 0} busy={pinned.pending} />
      {pinned.error && <p className="widget-alert" role="alert">{words.problem(pinned.error)}</p>}
      <div className="ec-summary" aria-live="polite">
        {sentences.map((line) => <p key={line}>{line}</p>)}
      </div>
      {blown?.replayFrom !== undefined && (
        <button type="button" className="primary ec-replay" onClick={actions.replay}>
          {m.replay(blown.replayFrom)}
        </button>
      )}
      <DataTable
        summary={m.tableSummary}
        columns={[m.colLine, m.colStep, m.colLoss, m.colGrad, m.colClipped, m.colRadius]}
        rows={[
          ...all.map(({ line, s }) => [lineName(m, line), s.step, s.loss, s.gradNorm, s.clippedGradNorm, s.radius]),
          ...ghosts.flatMap((g, i) => g.steps.map((s) => [m.pinnedLine(pinNames[i]), s.step, s.loss, s.gradNorm, s.clippedGradNorm, s.radius])),
        ]}
        maxRows={120}
      />
    </div>
  );
}
