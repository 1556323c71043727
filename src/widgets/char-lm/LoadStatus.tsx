/** What a widget shows while its model loads, or why it could not, with a retry. */
import { useMessages } from '../../app/messages';
import { sharedText } from '../ui/text';
import { charLmText } from './text';
import type { WeightsState } from './use-lm-weights';
import { LoadProgress } from './LoadProgress';

/** `what`: the model being loaded, in the reader's language (default: "the pretrained model"). */
export function LoadStatus({ state, retry, what }: { state: WeightsState; retry(): void; what?: string }) {
  const t = useMessages(charLmText);
  const shared = useMessages(sharedText);
  if (state.status === 'ready') return null;
  if (state.status === 'loading' && state.progress) return <LoadProgress progress={state.progress} />;
  if (state.status === 'loading') return <p className="lm-loading" role="status">{t.loading(what ?? t.pretrainedModel)}</p>;
  return (
    <div className="widget-alert" role="alert">
      {t.problem(state.message)} <button type="button" onClick={retry}>{shared.tryAgain}</button>
    </div>
  );
}
