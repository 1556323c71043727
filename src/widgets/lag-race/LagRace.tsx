/**
 * Chapter 3's "why vanishing matters" experiment, live: a simple RNN and an LSTM
 * learn to recall a token L steps back, side by side in two workers, and their
 * held-out accuracy is charted against L.
 */
import type { WidgetProps } from '../widget-props';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { DataTable } from '../../viz/DataTable';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, NumberField, Select, Slider } from '../ui/controls';
import { LAG_SETS, LAG_RACE_PREFIX, lagRaceSchema } from './schema';
import { LAG_DEFAULTS, LAG_SET_NAMES } from '../../core/experiments/lag-race';
import { emptyRace } from './race-state';
import { useLagRace } from './use-lag-race';
import { AccuracyChart, CELL_STYLE, cellName } from './AccuracyChart';
import { lagRaceText, type LagRaceText } from './text';
import { useMessages } from '../../app/messages';
import { sharedText } from '../ui/text';
import type { CellKind } from '../../core/params';
import './lag-race.css';

const LAG_SET_OPTIONS = LAG_SET_NAMES.map((value) => ({ value, label: LAG_SETS[value].join(', ') }));

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default function LagRace(props: WidgetProps) {
  const m = useMessages(lagRaceText);
  const words = useMessages(sharedText);
  const store = useWidgetStore(lagRaceSchema, LAG_RACE_PREFIX, props, emptyRace());
  const { settings, notices, results } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices, results: s.results }));
  const { start, stop, reset } = useLagRace(store);
  const [ref, width] = useWidth<HTMLDivElement>();
  const set = store.getState().set;
  const lags = LAG_SETS[settings.lags];
  const running = results.status === 'running';

  return (
    <div ref={ref} className="lag-race">
      <WidgetChrome title={m.title} notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => { reset(); store.getState().reset(); }} />
      <Controls label={m.controls}>
        <Select label={m.lags} value={settings.lags} options={LAG_SET_OPTIONS} onChange={(lags) => set({ lags })} disabled={running} />
        <Slider label={m.steps} value={settings.steps} min={50} max={3000} step={50} onChange={(steps) => set({ steps })} disabled={running} />
        <Slider label={m.forgetBias} value={settings.forgetBias} min={-2} max={5} step={0.5} onChange={(forgetBias) => set({ forgetBias })}
          format={(v) => v.toFixed(1)} disabled={running} />
        <NumberField label={m.seed} value={settings.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
        <div className="button-row">
          {running ? (
            <button type="button" onClick={stop}>{m.stop}</button>
          ) : (
            <button type="button" className="primary" onClick={start} disabled={results.status === 'finished'}>
              {results.status === 'stopped' ? m.continue : m.train}
            </button>
          )}
          <button type="button" onClick={reset} disabled={running || results.status === 'idle'}>{m.clear}</button>
        </div>
      </Controls>
      {results.error && <p className="widget-alert" role="alert">{words.problem(results.error)} {m.retry(m.continue)}</p>}
      <AccuracyChart lags={lags} runs={results.runs} width={width} />
      <div className="legend">
        {(Object.keys(CELL_STYLE) as CellKind[]).map((cell) => (
          <span key={cell}><span className="legend-swatch" style={{ background: CELL_STYLE[cell].colour }} />{cellName(m, cell)}</span>
        ))}
        <span>{m.dots}</span>
      </div>
      <p className="lag-status" aria-live="polite">{statusLine(m, results.status, results.runs, lags)}</p>
      <DataTable
        summary={m.tableSummary}
        columns={[m.colLag, m.colAccuracy(m.simpleRnn), m.colSteps('RNN'), m.colTime('RNN'), m.colAccuracy('LSTM'), m.colSteps('LSTM'), m.colTime('LSTM')]}
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

function statusLine(m: LagRaceText, status: string, runs: ReturnType<typeof emptyRace>['runs'], lags: readonly number[]): string {
  if (status === 'idle') return m.idle(m.train, LAG_DEFAULTS.hidden, LAG_DEFAULTS.clip, Math.round(LAG_DEFAULTS.target * 100));
  const solved = (cell: CellKind) => lags.filter((lag) => runs[cell][lag]?.done && runs[cell][lag].accuracy >= 0.9);
  const longest = (cell: CellKind) => Math.max(0, ...solved(cell));
  const text = m.reached(longest('rnn') || null, longest('lstm') || null);
  return status === 'running' ? m.running(text) : status === 'finished' ? m.finished(text) : m.stopped(text);
}
