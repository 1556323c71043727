/**
 * n-gram vs simple RNN vs LSTM on the same held-out text, measured in a worker when
 * the widget appears: perplexity per character and bits per character, as a table
 * and bars, with a sentence on whether the lecture's ranking shows at this scale.
 */
import { scaleLinear } from 'd3';
import type { WidgetProps } from '../widget-props';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { formatNumber } from '../../viz/scales';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, Slider } from '../ui/controls';
import { sharedText } from '../ui/text';
import type { CompareModel } from '../../worker/tasks/lm-compare';
import { PERPLEXITY_COMPARE_PREFIX, perplexityCompareSchema } from './schema';
import { verdict } from './verdict';
import { CELL_COLOUR, NGRAM_COLOUR, cellLabel } from '../char-lm/cells';
import { loadingText } from '../char-lm/site';
import { charLmText, type CharLmText } from '../char-lm/text';
import { useMessages } from '../../app/messages';
import { perplexityCompareText, type PerplexityCompareText } from './text';
import { noComparison, useMeasurement, type ComparisonResults, type Meta } from './use-measurement';
import { LoadProgress } from '../char-lm/LoadProgress';
import '../char-lm/char-lm.css';

const MODELS: { key: CompareModel; colour: string }[] = [
  { key: 'ngram', colour: NGRAM_COLOUR },
  { key: 'rnn', colour: CELL_COLOUR.rnn },
  { key: 'lstm', colour: CELL_COLOUR.lstm },
];

export default function PerplexityCompare(props: WidgetProps) {
  const store = useWidgetStore(perplexityCompareSchema, PERPLEXITY_COMPARE_PREFIX, props, noComparison());
  const { settings, notices, results } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices, results: s.results as ComparisonResults }));
  const { measured, meta, status, error } = results;
  const t = useMessages(perplexityCompareText);
  const lm = useMessages(charLmText);
  const shared = useMessages(sharedText);
  const retry = useMeasurement(store, settings.order, settings.chars);
  const [ref, width] = useWidth<HTMLDivElement>();

  const rows = MODELS.map((m) => ({ ...m, r: measured[m.key] }));
  const maxPpl = Math.max(8, ...rows.map((x) => x.r?.perplexity ?? 0));
  const x = scaleLinear().domain([0, maxPpl]).range([0, Math.max(120, width - 190)]);
  const text = verdict(measured, {
    order: settings.order, partial: settings.chars < perplexityCompareSchema.chars.max,
    lstmTrainedChars: Number(meta.lstm?.trainedChars ?? 0), rnnTrainedChars: Number(meta.rnn?.trainedChars ?? 0), trainTextChars: Number(meta.ngram?.trainChars ?? 0),
  }, t, lm.simpleRnn);
  const name = (model: CompareModel, short = false) => modelName(model, settings.order, t, lm, short);
  const statusText = status.kind === 'waiting' ? t.waiting : status.kind === 'measured' ? t.measured
    : status.kind === 'loading' ? loadingText(status.progress, lm) : t.measuring(name(status.model), status.done, status.total);

  return (
    <div ref={ref} className="perplexity-compare">
      <WidgetChrome title={t.title} notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <Controls label={t.settings}>
        <Slider label={t.order} value={settings.order} min={1} max={8} step={1}
          onChange={(order) => store.getState().set({ order })} />
        <Slider label={t.chars} value={settings.chars} min={1000} max={45000} step={1000}
          format={(v) => (v >= 45000 ? t.all : v.toLocaleString('en'))} onChange={(chars) => store.getState().set({ chars })} />
      </Controls>
      {error && <div className="widget-alert" role="alert">{lm.problem(error)} <button type="button" onClick={retry}>{shared.tryAgain}</button></div>}
      {status.kind === 'loading' ? <LoadProgress progress={status.progress} /> : <p className="lm-loading" role="status">{statusText}</p>}
      <div className="lm-table-wrap">
      <table className="lm-table" data-testid="pc-table">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead><tr><th scope="col">{t.colModel}</th><th scope="col">{t.colPerplexity}</th><th scope="col">{t.colBits}</th><th scope="col">{t.colChars}</th></tr></thead>
        <tbody>
          {rows.map(({ key, r }) => (
            <tr key={key} data-model={key}>
              <td>{name(key)}<br /><span className="lm-note">{describe(key, meta[key], t)}</span></td>
              <td data-testid={`pc-ppl-${key}`}>{r ? formatNumber(r.perplexity) : '…'}</td>
              <td>{r ? r.bitsPerChar.toFixed(3) : '…'}</td>
              <td>{r ? r.count.toLocaleString('en') : '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <svg className="chart" viewBox={`0 0 ${width} 100`} width={width} height={100} role="img" aria-label={t.chartLabel}>
        {rows.map(({ key, colour, r }, k) => (
          <g key={key} transform={`translate(0,${k * 30 + 6})`}>
            <text x={0} y={14} fontSize={12} fill="currentColor">{name(key, true)}</text>
            <rect x={110} y={2} width={r ? x(r.perplexity) : 0} height={18} fill={colour} />
            {r && <text x={116 + x(r.perplexity)} y={15} fontSize={12} fill="currentColor">{r.perplexity.toFixed(2)}</text>}
          </g>
        ))}
      </svg>
      {text && <p className="lm-verdict" data-testid="pc-verdict">{text}</p>}
      <p className="lm-note">{t.note(measured.ngram?.count.toLocaleString('en') ?? '…')}</p>
    </div>
  );
}

function modelName(model: CompareModel, order: number, t: PerplexityCompareText, lm: CharLmText, short: boolean): string {
  if (model === 'ngram') return short ? t.ngramShort(order) : t.ngram(order);
  return cellLabel(model, lm);
}

function describe(model: CompareModel, meta: Meta[CompareModel], t: PerplexityCompareText): string {
  if (model === 'ngram') return t.ngramCounts;
  if (!meta) return t.shipped;
  return t.trained(Number(meta.hidden), Number(meta.steps).toLocaleString('en'), (Number(meta.trainedChars) / 1e6).toFixed(1), Math.round(Number(meta.trainingSeconds) / 60));
}
