/** What the models make of the text in use: its size, its vocabulary, what the cap maps to ‹?›, the held-out cut. */
import { useMessages } from '../../app/messages';
import { describeCharacter } from '../../data/char-vocab';
import type { OwnTextSummary } from '../../worker/tasks/own-text';
import { ownTextText } from './text';

const n = (x: number) => x.toLocaleString('en');

export function TextSummary({ summary, own }: { summary: OwnTextSummary; own: boolean }) {
  const t = useMessages(ownTextText);
  const size = summary.tokens.length;
  const total = summary.trainChars + summary.heldOutChars;
  return (
    <ul className="lm-note own-summary" data-testid="yt-summary">
      {own ? (
        <>
          <li>{t.summaryOwn(n(total), n(summary.distinct), size, size - 3)}</li>
          <li data-testid="yt-unknown">{summary.unknownDistinct > 0
            ? t.summaryUnknown(n(summary.unknownDistinct), n(summary.unknownCount), ((100 * summary.unknownCount) / Math.max(1, total)).toFixed(1),
              summary.unknownExamples.map(describeCharacter).join(', '))
            : t.summaryAllKept}</li>
          <li>{t.summarySplit(n(summary.trainChars), n(summary.heldOutChars))}</li>
        </>
      ) : (
        <>
          <li>{t.summaryMoby(size)}</li>
          <li>{t.summarySplitMoby(n(summary.trainChars), n(summary.heldOutChars))}</li>
        </>
      )}
    </ul>
  );
}
