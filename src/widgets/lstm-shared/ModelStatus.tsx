/** What a chapter-4 widget shows while the pretrained LSTM loads, or if it cannot. */
import { useMessages } from '../../app/messages';
import type { CharLstmState } from './use-char-lstm';
import { CHAR_LSTM_FILE } from './use-char-lstm';
import { lstmSharedText } from './text';
import { sharedText } from '../ui/text';

export function ModelStatus({ state, retry }: { state: CharLstmState; retry(): void }) {
  const m = useMessages(lstmSharedText);
  const words = useMessages(sharedText);
  if (state.status === 'loading') return <p className="lstm-loading" role="status">{m.loading}</p>;
  if (state.status === 'error') return (
    <div className="widget-alert" role="alert">
      {m.loadFailed(CHAR_LSTM_FILE, state.message)} <button type="button" onClick={retry}>{words.tryAgain}</button>
    </div>
  );
  return null;
}
