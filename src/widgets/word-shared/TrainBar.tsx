/** Train / stop / train more / clear, with a status line read out politely. */
import { useMessages } from '../../app/messages';
import { sharedText } from '../ui/text';
import type { RunStatus } from './run-state';
import { wordText } from './text';

interface TrainBarProps {
  status: RunStatus;
  /** Label of the first press, e.g. "Train all three". */
  trainLabel: string;
  onTrain(): void;
  onStop(): void;
  onClear(): void;
  /** What has been measured so far, in words. */
  summary: string;
  error: string | null;
}

export function TrainBar({ status, trainLabel, onTrain, onStop, onClear, summary, error }: TrainBarProps) {
  const m = useMessages(wordText);
  const words = useMessages(sharedText);
  const running = status === 'running';
  return (
    <>
      <div className="button-row">
        {running ? (
          <button type="button" onClick={onStop}>{m.stopTraining}</button>
        ) : (
          <button type="button" className="primary" onClick={onTrain}>{status === 'idle' ? trainLabel : m.trainMore}</button>
        )}
        <button type="button" onClick={onClear} disabled={running || status === 'idle'}>{m.clearResults}</button>
      </div>
      {error && <p className="widget-alert" role="alert">{words.problem(error)}</p>}
      <p className="word-status" aria-live="polite" data-status={status}>{summary}</p>
    </>
  );
}
