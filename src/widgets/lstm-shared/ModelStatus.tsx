/** What a chapter-4 widget shows while the pretrained LSTM loads, or if it cannot. */
import type { CharLstmState } from './use-char-lstm';
import { CHAR_LSTM_FILE } from './use-char-lstm';

export function ModelStatus({ state }: { state: CharLstmState }) {
  if (state.status === 'loading') return <p className="lstm-loading" role="status">Loading the pretrained character LSTM…</p>;
  if (state.status === 'error') {
    return <p className="widget-alert" role="alert">The pretrained LSTM ({CHAR_LSTM_FILE}) could not be loaded: {state.message}</p>;
  }
  return null;
}
