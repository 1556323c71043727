/**
 * Chapter 1's trainer: a character-level simple RNN or LSTM learns Moby-Dick in a
 * worker, mini-batch by mini-batch, with the training loss and the held-out loss
 * (chapters it never trains on) and their perplexities drawn as they come in.
 */
import type { WidgetProps } from '../widget-props';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { DataTable } from '../../viz/DataTable';
import { formatNumber } from '../../viz/scales';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, NumberField, Select, Slider } from '../ui/controls';
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import { LM_TRAINER_PREFIX, lmTrainerSchema } from './schema';
import { emptyTraining, smooth, type TrainResults } from './training-state';
import { useLmTraining } from './use-lm-training';
import { HELD_OUT_COLOUR, LossCurves } from './LossCurves';
import { CELL_COLOUR, cellLabel, cellOptions } from '../char-lm/cells';
import { charLmText } from '../char-lm/text';
import { VOCAB_SIZE } from '../../data/char-vocab';
import { useMessages } from '../../app/messages';
import { lmTrainerText, type LmTrainerText } from './text';
import { LoadProgress } from '../char-lm/LoadProgress';
import { sharedText } from '../ui/text';
import { PinBar } from '../ui/PinBar';
import { pinStyle } from '../ui/pins';
import { usePinnedRuns } from '../ui/use-pinned-runs';
import { useStoreComputeClient } from '../../worker/use-compute-worker';
import type { LmPinCurves } from '../../worker/tasks/lm-pin';
import { lmPinJob, lmPinNames, pinCurrentRun, recordedPins } from './pins';
import type { LossGhost } from './LossCurves';
import '../char-lm/char-lm.css';

const ppl = (loss: number | null | undefined) => (loss == null ? '—' : formatNumber(Math.exp(loss)));

export default function LmTrainer(props: WidgetProps) {
  const store = useWidgetStore(lmTrainerSchema, LM_TRAINER_PREFIX, props, emptyTraining());
  const { settings, notices, results, pins } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices, results: s.results as TrainResults, pins: s.pins }));
  const { start, pause, step, reset } = useLmTraining(store);
  const [ref, width] = useWidth<HTMLDivElement>();
  const set = store.getState().set;
  const running = results.status === 'running';
  const busy = running || results.status === 'loading';
  const latest = results.latest;
  const lastHeldOut = results.heldOut.at(-1)?.[1] ?? null;
  const smoothed = smooth(results.train);
  const t = useMessages(lmTrainerText);
  const lm = useMessages(charLmText);
  const words = useMessages(sharedText);
  const client = useStoreComputeClient(store);
  const pinned = usePinnedRuns<typeof lmTrainerSchema, LmPinCurves>(lmTrainerSchema, pins, client, 'lm-pin', lmPinJob, recordedPins(store));
  const pinNames = lmPinNames(pins, settings, t, lm, words);
  const ghosts: LossGhost[] = pins.flatMap((_, i) => {
    const run = pinned.runs[i];
    return run ? [{ id: `pin ${i + 1}`, train: smooth(run.train), heldOut: run.heldOut, ...pinStyle(i) }] : [];
  });
  const initOptions = [
    { value: 'scratch', label: t.initScratch },
    { value: 'pretrained', label: t.initPretrained },
  ] as const;
  // Lecture keys: k plays or pauses, s takes one step, r resets the weights (the buttons' rules).
  useWidgetShortcuts(t.title, [
    { key: 'k', label: t.keyStartPause, run: () => (running ? pause() : results.status !== 'loading' && start()) },
    { key: 's', label: t.keyStep, run: () => !busy && step() },
    { key: 'r', label: t.keyReset, run: () => !busy && reset() },
  ], { urlPrefix: LM_TRAINER_PREFIX });

  return (
    <div ref={ref} className="lm-trainer">
      <WidgetChrome title={t.title} notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => { store.getState().reset(); reset(); }} />
      <Controls label={t.settings}>
        <Select label={t.cell} value={settings.cell} options={cellOptions(lm)} onChange={(cell) => set({ cell })} disabled={busy} />
        <Select label={t.startFrom} value={settings.init} options={initOptions} onChange={(init) => set({ init })} disabled={busy} />
        <Slider label={t.batch} value={settings.batch} min={4} max={32} step={4} onChange={(batch) => set({ batch })} disabled={busy} />
        <NumberField label={t.seed} value={settings.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
        <div className="button-row">
          {running ? (
            <button type="button" onClick={pause}>{t.pause}</button>
          ) : (
            <button type="button" className="primary" onClick={start} disabled={results.status === 'loading'}>
              {latest && latest.step > 0 ? t.continueTraining : t.startTraining}
            </button>
          )}
          <button type="button" onClick={step} disabled={busy}>{t.oneStep}</button>
          <button type="button" onClick={reset} disabled={busy}>{t.resetWeights}</button>
        </div>
      </Controls>
      {results.error && <p className="widget-alert" role="alert">{t.errorRetry(lm.problem(results.error))}</p>}
      {results.loading && <LoadProgress progress={results.loading} />}
      <div className="lm-readout" aria-live="polite">
        <span>{t.step} <strong data-testid="lt-step">{latest?.step ?? 0}</strong></span>
        <span>{t.charsTrained} <strong>{latest ? latest.chars.toLocaleString('en') : 0}</strong></span>
        <span>{t.speed} <strong>{latest?.charsPerSecond ? t.charsPerSecond(Math.round(latest.charsPerSecond).toLocaleString('en')) : '—'}</strong></span>
        <span>{t.trainingLoss} <strong>{latest?.loss != null ? latest.loss.toFixed(3) : '—'}</strong> {t.perplexityInBrackets(ppl(latest?.loss))}</span>
        <span>{t.heldOutPerplexity} <strong data-testid="lt-held-out">{ppl(lastHeldOut)}</strong></span>
      </div>
      <LossCurves train={smoothed} heldOut={results.heldOut} trainColour={CELL_COLOUR[settings.cell]} width={width} ghosts={ghosts} />
      <div className="legend">
        <span><span className="legend-swatch" style={{ background: CELL_COLOUR[settings.cell] }} />{t.trainLegend(cellLabel(settings.cell, lm))}</span>
        <span><span className="legend-swatch" style={{ background: HELD_OUT_COLOUR }} />{t.heldOutLegend(latest?.heldOutChars.toLocaleString('en') ?? '2,048')}</span>
      </div>
      <PinBar names={pinNames} onPin={() => pinCurrentRun(store)} onUnpin={(i) => store.getState().unpin(i)}
        canPin={(latest?.step ?? 0) > 0} busy={pinned.pending} />
      {pinned.error && <p className="widget-alert" role="alert">{lm.problem(pinned.error)}</p>}
      <p className="lm-status">{statusLine(results, settings.init, t)}</p>
      <DataTable summary={t.tableSummary}
        columns={[t.colStep, t.colTrainLoss, t.colTrainPerplexity, t.colHeldOutLoss, t.colHeldOutPerplexity, ...ghosts.map((_, i) => t.colPinnedHeldOut(pinNames[i]))]}
        rows={heldOutSteps(results.heldOut, ghosts).map((s) => {
          const train = smoothed.find((p) => p[0] === s)?.[1];
          const l = results.heldOut.find((p) => p[0] === s)?.[1];
          return [s, train ?? '—', train !== undefined ? Math.exp(train) : '—', l ?? '—', l !== undefined ? Math.exp(l) : '—',
            ...ghosts.map((g) => g.heldOut.find((p) => p[0] === s)?.[1] ?? '—')];
        })} />
    </div>
  );
}

/** Steps where the live run or a pinned one measured the held-out loss, in order. */
function heldOutSteps(heldOut: [number, number][], ghosts: LossGhost[]): number[] {
  return [...new Set([...heldOut, ...ghosts.flatMap((g) => g.heldOut)].map((p) => p[0]))].sort((a, b) => a - b);
}

function statusLine(r: TrainResults, init: string, t: LmTrainerText): string {
  const guess = t.uniformGuess(VOCAB_SIZE, Math.log(VOCAB_SIZE).toFixed(2));
  if (r.status === 'idle') return t.idle(init === 'pretrained', guess);
  if (r.status === 'loading') return t.loadingWorker;
  const pre = r.latest?.pretrainedSteps ? t.pretrainedSteps(r.latest.pretrainedSteps.toLocaleString('en')) : '';
  return `${r.status === 'running' ? t.training : t.paused}${pre} ${guess}`;
}
