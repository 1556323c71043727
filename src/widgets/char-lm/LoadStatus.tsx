/** What a widget shows while its model loads, or why it could not, with a retry. */
import type { WeightsState } from './use-lm-weights';

export function LoadStatus({ state, retry, what = 'the pretrained model' }: { state: WeightsState; retry(): void; what?: string }) {
  if (state.status === 'ready') return null;
  if (state.status === 'loading') return <p className="lm-loading" role="status">Loading {what}…</p>;
  return (
    <div className="widget-alert" role="alert">
      {state.message} <button type="button" onClick={retry}>Try again</button>
    </div>
  );
}
