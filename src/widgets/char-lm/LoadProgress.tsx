/** A file download as a progress bar with its words ("Loading models/char-lstm.json: 340 of 812 kB…"). */
import type { LoadProgress as Progress } from '../../data/load-asset';
import { useMessages } from '../../app/messages';
import { charLmText } from './text';
import { loadingText } from './site';

export function LoadProgress({ progress }: { progress: Progress }) {
  const lm = useMessages(charLmText);
  const label = loadingText(progress, lm);
  return (
    <p className="lm-loading" role="status">
      <progress className="lm-progress" max={progress.totalBytes ?? undefined} value={progress.totalBytes ? progress.loadedBytes : undefined} aria-label={label} />{' '}
      {label}
    </p>
  );
}
