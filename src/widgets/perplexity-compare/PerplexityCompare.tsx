/**
 * n-gram vs simple RNN vs LSTM on the same held-out text, measured in a worker when
 * the widget appears: perplexity per character and bits per character, as a table
 * and bars, with a sentence on whether the lecture's ranking shows at this scale.
 */
import { useEffect, useState } from 'react';
import { scaleLinear } from 'd3';
import type { WidgetProps } from '../registry';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { formatNumber } from '../../viz/scales';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, Slider } from '../ui/controls';
import { useComputeClientRef } from '../../worker/use-compute-worker';
import type { CompareModel, LmCompareProgress } from '../../worker/tasks/lm-compare';
import { PERPLEXITY_COMPARE_PREFIX, perplexityCompareSchema } from './schema';
import { verdict, type Measured } from './verdict';
import { CELL_COLOUR, NGRAM_COLOUR } from '../char-lm/cells';
import { loadingText, siteBaseUrl } from '../char-lm/site';
import '../char-lm/char-lm.css';

const MODELS: { key: CompareModel; colour: string }[] = [
  { key: 'ngram', colour: NGRAM_COLOUR },
  { key: 'rnn', colour: CELL_COLOUR.rnn },
  { key: 'lstm', colour: CELL_COLOUR.lstm },
];

type Meta = Partial<Record<CompareModel, Record<string, string | number | boolean>>>;

export default function PerplexityCompare(props: WidgetProps) {
  const store = useWidgetStore(perplexityCompareSchema, PERPLEXITY_COMPARE_PREFIX, props, {});
  const { settings, notices } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices }));
  const [measured, setMeasured] = useState<Measured>({});
  const [meta, setMeta] = useState<Meta>({});
  const [status, setStatus] = useState('Waiting for the worker…');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const client = useComputeClientRef();
  const [ref, width] = useWidth<HTMLDivElement>();

  useEffect(() => {
    const c = client.current;
    if (!c) return;
    setMeasured({});
    setError(null);
    c.run<LmCompareProgress, unknown>('compare', 'lm-compare', { baseUrl: siteBaseUrl(), order: settings.order, chars: settings.chars }, {
      onProgress: (p) => {
        if (p.phase === 'loading') setStatus(loadingText(p));
        else if (p.phase === 'measuring') setStatus(`Measuring the ${name(p.model, settings.order)}… ${p.done} of ${p.total} paragraphs`);
        else {
          setMeasured((m) => ({ ...m, [p.model]: p.result }));
          setMeta((m) => ({ ...m, [p.model]: p.meta }));
        }
      },
      onResult: () => setStatus('Measured.'),
      onError: (message) => setError(message),
    });
  }, [settings.order, settings.chars, attempt]);

  const rows = MODELS.map((m) => ({ ...m, r: measured[m.key] }));
  const maxPpl = Math.max(8, ...rows.map((x) => x.r?.perplexity ?? 0));
  const x = scaleLinear().domain([0, maxPpl]).range([0, Math.max(120, width - 190)]);
  const text = verdict(measured, settings.order, Number(meta.lstm?.steps ?? 0), Number(meta.rnn?.steps ?? 0));

  return (
    <div ref={ref} className="perplexity-compare">
      <WidgetChrome title="Perplexity on the same held-out text: n-gram, simple RNN, LSTM" notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <Controls label="Comparison settings">
        <Slider label="n-gram order n (conditions on n−1 characters)" value={settings.order} min={1} max={8} step={1}
          onChange={(order) => store.getState().set({ order })} />
        <Slider label="held-out characters scored" value={settings.chars} min={1000} max={45000} step={1000}
          format={(v) => (v >= 45000 ? 'all' : v.toLocaleString('en'))} onChange={(chars) => store.getState().set({ chars })} />
      </Controls>
      {error && <div className="widget-alert" role="alert">{error} <button type="button" onClick={() => setAttempt((a) => a + 1)}>Try again</button></div>}
      <p className="lm-loading" role="status">{status}</p>
      <div className="lm-table-wrap">
      <table className="lm-table" data-testid="pc-table">
        <caption className="visually-hidden">Held-out perplexity and bits per character of three models</caption>
        <thead><tr><th scope="col">model</th><th scope="col">perplexity (per char)</th><th scope="col">bits per char</th><th scope="col">chars scored</th></tr></thead>
        <tbody>
          {rows.map(({ key, r }) => (
            <tr key={key} data-model={key}>
              <td>{name(key, settings.order)}<br /><span className="lm-note">{describe(key, meta[key])}</span></td>
              <td data-testid={`pc-ppl-${key}`}>{r ? formatNumber(r.perplexity) : '…'}</td>
              <td>{r ? r.bitsPerChar.toFixed(3) : '…'}</td>
              <td>{r ? r.count.toLocaleString('en') : '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <svg className="chart" viewBox={`0 0 ${width} 100`} width={width} height={100} role="img" aria-label="Held-out perplexity per character as bars; shorter is better">
        {rows.map(({ key, colour, r }, k) => (
          <g key={key} transform={`translate(0,${k * 30 + 6})`}>
            <text x={0} y={14} fontSize={12} fill="currentColor">{name(key, settings.order, true)}</text>
            <rect x={110} y={2} width={r ? x(r.perplexity) : 0} height={18} fill={colour} />
            {r && <text x={116 + x(r.perplexity)} y={15} fontSize={12} fill="currentColor">{r.perplexity.toFixed(2)}</text>}
          </g>
        ))}
      </svg>
      {text && <p className="lm-verdict" data-testid="pc-verdict">{text}</p>}
      <p className="lm-note">Same text for all three: the first {measured.ngram?.count.toLocaleString('en') ?? '…'} characters (paragraph ends included) of the held-out chapters 1, 42 and 96, never trained on; each paragraph is read from its start token. Per-character perplexities: not comparable with the per-word numbers of the table above.</p>
    </div>
  );
}

function name(model: CompareModel, order: number, short = false): string {
  if (model === 'ngram') return short ? `${order}-gram` : `${order}-gram, interpolated Kneser–Ney`;
  return model === 'rnn' ? 'simple RNN' : 'LSTM';
}

function describe(model: CompareModel, meta: Meta[CompareModel]): string {
  if (model === 'ngram') return 'counts from the training chapters';
  if (!meta) return 'shipped weights';
  return `128 hidden units; ${Number(meta.steps).toLocaleString('en')} Adam steps of 32×64 characters (${Math.round(Number(meta.trainingSeconds) / 60)} min)`;
}
