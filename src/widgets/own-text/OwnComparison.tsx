/** The n-gram and the models trained in the panel, measured on the same held-out characters of the text in use. */
import { useMessages } from '../../app/messages';
import { formatNumber } from '../../viz/scales';
import { OWN_NGRAM_CHARS, OWN_NGRAM_ORDER, type OwnModel } from '../../worker/tasks/own-text';
import { cellLabel } from '../char-lm/cells';
import { charLmText } from '../char-lm/text';
import { ownTextText } from './text';
import type { OwnResults } from './use-own-text';

const MODELS: OwnModel[] = ['ngram', 'rnn', 'lstm'];

export function OwnComparison({ measured, measuring }: { measured: OwnResults['measured']; measuring: boolean }) {
  const t = useMessages(ownTextText);
  const lm = useMessages(charLmText);
  const name = (m: OwnModel) => (m === 'ngram' ? `${OWN_NGRAM_ORDER}-gram` : cellLabel(m, lm));
  const scored = measured.ngram?.result.count;
  const done = MODELS.filter((m) => measured[m]).sort((a, b) => measured[a]!.result.perplexity - measured[b]!.result.perplexity);
  return (
    <section className="own-compare" aria-labelledby="own-compare-title">
      <p className="chart-title" id="own-compare-title">{t.compareTitle}</p>
      {measuring && <p className="lm-loading" role="status">{t.measuring}</p>}
      <div className="lm-table-wrap">
        <table className="lm-table" data-testid="yt-table">
          <caption className="visually-hidden">{t.caption}</caption>
          <thead><tr><th scope="col">{t.colModel}</th><th scope="col">{t.colPerplexity}</th><th scope="col">{t.colBits}</th><th scope="col">{t.colChars}</th></tr></thead>
          <tbody>
            {MODELS.map((m) => {
              const r = measured[m];
              return (
                <tr key={m} data-model={m}>
                  <td>{name(m)}<br /><span className="lm-note">{m === 'ngram' ? t.ngram(OWN_NGRAM_ORDER) : r ? t.trainedFor(r.steps.toLocaleString('en')) : t.notYet}</span></td>
                  <td data-testid={`yt-ppl-${m}`}>{r ? formatNumber(r.result.perplexity) : '—'}</td>
                  <td>{r ? r.result.bitsPerChar.toFixed(3) : '—'}</td>
                  <td>{r ? r.result.count.toLocaleString('en') : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {done.length > 1 && <p className="lm-verdict" data-testid="yt-ranking">{t.ranking(done.map(name).join(' < '))}</p>}
      <p className="lm-note">{t.compared(scored !== undefined ? scored.toLocaleString('en') : '…', OWN_NGRAM_CHARS.toLocaleString('en'))}</p>
    </section>
  );
}
