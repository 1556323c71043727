/** Both models' progress, the curves of the one training now, and what each writes as it learns. */
import { useMessages } from '../../app/messages';
import type { CellKind } from '../../core/params';
import { formatNumber } from '../../viz/scales';
import { decodeTextIds } from '../../data/text-vocab';
import { CELL_COLOUR, cellLabel } from '../char-lm/cells';
import { charLmText } from '../char-lm/text';
import { LossCurves } from '../lm-trainer/LossCurves';
import { smooth } from '../lm-trainer/training-state';
import { ownTextText } from './text';
import type { OwnResults } from './use-own-text';

const CELLS: CellKind[] = ['rnn', 'lstm'];

export function OwnTraining({ results, width }: { results: OwnResults; width: number }) {
  const t = useMessages(ownTextText);
  const lm = useMessages(charLmText);
  const { curves, samples, summary } = results;
  const current = CELLS.filter((c) => curves[c]).at(-1);
  const c = current ? curves[current] : undefined;
  return (
    <div className="own-training">
      <ul className="lm-readout" aria-live="polite">
        {CELLS.map((cell) => {
          const k = curves[cell];
          const last = k?.heldOut.at(-1)?.[1];
          return (
            <li key={cell} data-testid={`yt-progress-${cell}`}>{k
              ? t.progress(cellLabel(cell, lm), k.step, k.steps, Math.round(k.charsPerSecond).toLocaleString('en'), last !== undefined ? formatNumber(Math.exp(last)) : '—')
              : t.notTrained(cellLabel(cell, lm))}</li>
          );
        })}
      </ul>
      {current && c && <LossCurves train={smooth(c.train)} heldOut={c.heldOut} trainColour={CELL_COLOUR[current]} width={width} />}
      {summary && (samples.rnn || samples.lstm) && (
        <>
          <p className="chart-title">{t.samplesTitle}</p>
          {CELLS.map((cell) => {
            const s = samples[cell];
            return s ? (
              <figure key={cell} className="own-sample">
                <figcaption>{t.sampleOf(cellLabel(cell, lm), s.step)}</figcaption>
                <pre className="lm-text" data-testid={`yt-sample-${cell}`} style={{ borderColor: CELL_COLOUR[cell] }}>{decodeTextIds(summary, s.ids)}</pre>
              </figure>
            ) : null;
          })}
        </>
      )}
    </div>
  );
}
