/** What a chapter-4 widget shows while the pretrained LSTM loads, or if it cannot. */
import { useMessages } from '../../app/messages';
import type { CharLstmState } from './use-char-lstm';
import { CHAR_LSTM_FILE } from './use-char-lstm';
import { lstmSharedText } from './text';

export function ModelStatus({ state }: { state: CharLstmState }) {
  const m = useMessages(lstmSharedText);
  if (state.status === 'loading') return <p className="lstm-loading" role="status">{m.loading}</p>;
  if (state.status === 'error') return <p className="widget-alert" role="alert">{m.loadFailed(CHAR_LSTM_FILE, state.message)}</p>;
  return null;
}
