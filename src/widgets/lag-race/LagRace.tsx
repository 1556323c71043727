/**
 * Chapter 3's "why vanishing matters" experiment, live: a simple RNN and an LSTM
 * learn to recall a token L steps back, side by side in two workers, and their
 * held-out accuracy is charted against L.
 */
import type { WidgetProps } from '../registry';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { DataTable } from '../../viz/DataTable';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, NumberField, Select, Slider } from '../ui/controls';
import { LAG_SETS, LAG_RACE_PREFIX, lagRaceSchema } from './schema';
import { emptyRace } from './race-state';
import { useLagRace } from './use-lag-race';
import { AccuracyChart, CELL_STYLE } from './AccuracyChart';
import type { CellKind } from '../../core/params';

const LAG_SET_OPTIONS = [
  { value: 'lecture', label: '5, 10, 20, 30, 50' },
  { value: 'short', label: '2, 5, 8, 12' },
  { value: 'long', label: '10, 30, 50, 80' },
] as const;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default function LagRace(props: WidgetProps) {
  const store = useWidgetStore(lagRaceSchema, LAG_RACE_PREFIX, props, emptyRace());
  const { settings, notices, results } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices, results: s.results }));
  const { start, stop, reset } = useLagRace(store);
  const [ref, width] = useWidth<HTMLDivElement>();
  const set = store.getState().set;
  const lags = LAG_SETS[settings.lags];
  const running = results.status === 'running';

  return (
    <div ref={ref} className="lag-race">
      <WidgetChrome title="Long-lag recall: simple RNN vs LSTM" notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => { reset(); store.getState().reset(); }} />
      <Controls label="Lag race settings">
        <Select label="lags L" value={settings.lags} options={LAG_SET_OPTIONS} onChange={(lags) => set({ lags })} disabled={running} />
        <Slider label="training steps per lag (most)" value={settings.steps} min={50} max={3000} step={50} onChange={(steps) => set({ steps })} disabled={running} />
        <Slider label="LSTM forget-gate bias b_f" value={settings.forgetBias} min={-2} max={5} step={0.5} onChange={(forgetBias) => set({ forgetBias })}
          format={(v) => v.toFixed(1)} disabled={running} />
        <NumberField label="seed" value={settings.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
        <div className="button-row">
          {running ? (
            <button type="button" onClick={stop}>Stop training</button>
          ) : (
            <button type="button" className="primary" onClick={start} disabled={results.status === 'finished'}>
              {results.status === 'stopped' ? 'Continue training' : 'Train both'}
            </button>
          )}
          <button type="button" onClick={reset} disabled={running || results.status === 'idle'}>Clear results</button>
        </div>
      </Controls>
      {results.error && <p className="widget-alert" role="alert">{results.error} Press “Continue training” to try again.</p>}
      <AccuracyChart lags={lags} runs={results.runs} width={width} />
      <div className="legend">
        {(Object.keys(CELL_STYLE) as CellKind[]).map((cell) => (
          <span key={cell}><span className="legend-swatch" style={{ background: CELL_STYLE[cell].colour }} />{CELL_STYLE[cell].label}</span>
        ))}
        <span>filled: finished · hollow: still training</span>
      </div>
      <p className="lag-status" aria-live="polite">{statusLine(results.status, results.runs, lags)}</p>
      <DataTable
        summary="Accuracy, steps and time for each lag"
        columns={['lag L', 'simple RNN accuracy', 'RNN steps', 'RNN time', 'LSTM accuracy', 'LSTM steps', 'LSTM time']}
        rows={lags.map((lag) => {
          const r = results.runs.rnn[lag];
          const l = results.runs.lstm[lag];
          return [lag, r ? `${Math.round(r.accuracy * 100)}%` : '—', r?.step ?? '—', r ? seconds(r.elapsedMs) : '—',
            l ? `${Math.round(l.accuracy * 100)}%` : '—', l?.step ?? '—', l ? seconds(l.elapsedMs) : '—'];
        })}
      />
    </div>
  );
}

function statusLine(status: string, runs: ReturnType<typeof emptyRace>['runs'], lags: readonly number[]): string {
  if (status === 'idle') return 'Press “Train both” to train a simple RNN and an LSTM for each lag (Adam, clipping 1, hidden 32). Each run stops at 95% held-out accuracy or after the step budget.';
  const solved = (cell: CellKind) => lags.filter((lag) => runs[cell][lag]?.done && runs[cell][lag].accuracy >= 0.9);
  const longest = (cell: CellKind) => Math.max(0, ...solved(cell));
  const reach = (cell: CellKind) => (longest(cell) ? `up to a lag of ${longest(cell)}` : 'at no lag yet');
  const text = `The simple RNN reached 90% ${reach('rnn')}; the LSTM ${reach('lstm')}.`;
  return status === 'running' ? `Training… ${text}` : status === 'finished' ? `Finished. ${text}` : `Stopped. ${text}`;
}
