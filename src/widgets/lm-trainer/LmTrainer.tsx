/**
 * Chapter 1's trainer: a character-level simple RNN or LSTM learns Moby-Dick in a
 * worker, mini-batch by mini-batch, with the training loss and the held-out loss
 * (chapters it never trains on) and their perplexities drawn as they come in.
 */
import type { WidgetProps } from '../registry';
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
import { CELL_COLOUR, CELL_LABEL, CELL_OPTIONS } from '../char-lm/cells';
import { VOCAB_SIZE } from '../../data/char-vocab';
import '../char-lm/char-lm.css';

const INIT_OPTIONS = [
  { value: 'scratch', label: 'random weights (from scratch)' },
  { value: 'pretrained', label: 'the shipped pretrained weights' },
] as const;

const TITLE = 'Train a character-level language model on Moby-Dick';
const ppl = (loss: number | null | undefined) => (loss == null ? '—' : formatNumber(Math.exp(loss)));

export default function LmTrainer(props: WidgetProps) {
  const store = useWidgetStore(lmTrainerSchema, LM_TRAINER_PREFIX, props, emptyTraining());
  const { settings, notices, results } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices, results: s.results as TrainResults }));
  const { start, pause, step, reset } = useLmTraining(store);
  const [ref, width] = useWidth<HTMLDivElement>();
  const set = store.getState().set;
  const running = results.status === 'running';
  const busy = running || results.status === 'loading';
  const latest = results.latest;
  const lastHeldOut = results.heldOut.at(-1)?.[1] ?? null;
  const smoothed = smooth(results.train);
  // Lecture keys: k plays or pauses, s takes one step, r resets the weights (the buttons' rules).
  useWidgetShortcuts(TITLE, [
    { key: 'k', label: 'start / pause training', run: () => (running ? pause() : results.status !== 'loading' && start()) },
    { key: 's', label: 'one training step', run: () => !busy && step() },
    { key: 'r', label: 'reset the weights', run: () => !busy && reset() },
  ], { urlPrefix: LM_TRAINER_PREFIX });

  return (
    <div ref={ref} className="lm-trainer">
      <WidgetChrome title={TITLE} notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => { store.getState().reset(); reset(); }} />
      <Controls label="Language model training settings">
        <Select label="recurrent cell" value={settings.cell} options={CELL_OPTIONS} onChange={(cell) => set({ cell })} disabled={busy} />
        <Select label="start from" value={settings.init} options={INIT_OPTIONS} onChange={(init) => set({ init })} disabled={busy} />
        <Slider label="mini-batch: sequences of 64 characters" value={settings.batch} min={4} max={32} step={4} onChange={(batch) => set({ batch })} disabled={busy} />
        <NumberField label="seed" value={settings.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
        <div className="button-row">
          {running ? (
            <button type="button" onClick={pause}>Pause</button>
          ) : (
            <button type="button" className="primary" onClick={start} disabled={results.status === 'loading'}>
              {latest && latest.step > 0 ? 'Continue training' : 'Start training'}
            </button>
          )}
          <button type="button" onClick={step} disabled={busy}>One step</button>
          <button type="button" onClick={reset} disabled={busy}>Reset weights</button>
        </div>
      </Controls>
      {results.error && <p className="widget-alert" role="alert">{results.error} Press a button to try again.</p>}
      {results.loading && <p className="lm-loading" role="status">{results.loading}</p>}
      <div className="lm-readout" aria-live="polite">
        <span>step <strong data-testid="lt-step">{latest?.step ?? 0}</strong></span>
        <span>characters trained <strong>{latest ? latest.chars.toLocaleString('en') : 0}</strong></span>
        <span>speed <strong>{latest?.charsPerSecond ? `${Math.round(latest.charsPerSecond).toLocaleString('en')} chars/s` : '—'}</strong></span>
        <span>training loss <strong>{latest?.loss != null ? latest.loss.toFixed(3) : '—'}</strong> (perplexity {ppl(latest?.loss)})</span>
        <span>held-out perplexity <strong data-testid="lt-held-out">{ppl(lastHeldOut)}</strong></span>
      </div>
      <LossCurves train={smoothed} heldOut={results.heldOut} trainColour={CELL_COLOUR[settings.cell]} width={width} />
      <div className="legend">
        <span><span className="legend-swatch" style={{ background: CELL_COLOUR[settings.cell] }} />training loss ({CELL_LABEL[settings.cell]}, mean of the last 10 mini-batches)</span>
        <span><span className="legend-swatch" style={{ background: HELD_OUT_COLOUR }} />held-out loss ({latest?.heldOutChars.toLocaleString('en') ?? '2,048'} characters of chapters never trained on)</span>
      </div>
      <p className="lm-status">{statusLine(results, settings.init)}</p>
      <DataTable summary="Training and held-out loss and perplexity by step" columns={['step', 'training loss', 'training perplexity', 'held-out loss', 'held-out perplexity']}
        rows={results.heldOut.map(([s, l]) => {
          const t = smoothed.find((p) => p[0] === s)?.[1];
          return [s, t ?? '—', t !== undefined ? Math.exp(t) : '—', l, Math.exp(l)];
        })} />
    </div>
  );
}

function statusLine(r: TrainResults, init: string): string {
  const guess = `A model that knows nothing spreads ŷ evenly over the ${VOCAB_SIZE} tokens: loss ln ${VOCAB_SIZE} ≈ ${Math.log(VOCAB_SIZE).toFixed(2)}, perplexity ${VOCAB_SIZE}.`;
  if (r.status === 'idle') {
    return `${init === 'pretrained' ? `Continue training the shipped weights` : 'Train from random weights'}: each step is one Adam update on a mini-batch of random 64-character windows of the training chapters, with the true previous character as input (teacher forcing). ${guess}`;
  }
  if (r.status === 'loading') return 'Loading the text and the model into the worker…';
  const pre = r.latest?.pretrainedSteps ? ` The shipped weights had already been trained for ${r.latest.pretrainedSteps.toLocaleString('en')} steps of 32 sequences.` : '';
  return `${r.status === 'running' ? 'Training…' : 'Paused.'}${pre} ${guess}`;
}
