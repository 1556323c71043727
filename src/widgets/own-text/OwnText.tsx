/**
 * Chapter 1's "your text" panel: the reader pastes a text or opens a .txt file; the
 * page builds its vocabulary, holds out its last tenth, trains a fresh simple RNN and
 * LSTM on it in a worker (progress and samples as they learn), and measures the
 * n-gram and both models on the held-out slice. Moby-Dick is the default and one
 * click brings it back; the text stays in the browser until the reader forgets it.
 */
import type { WidgetProps } from '../widget-props';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, NumberField, Slider } from '../ui/controls';
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import { useMessages } from '../../app/messages';
import { charLmText } from '../char-lm/text';
import { OWN_TEXT_PREFIX, ownTextSchema } from './schema';
import { ownTextText } from './text';
import { noOwnText, useOwnText, type OwnResults } from './use-own-text';
import { TextSource } from './TextSource';
import { TextSummary } from './TextSummary';
import { OwnTraining } from './OwnTraining';
import { OwnComparison } from './OwnComparison';
import { LoadProgress } from '../char-lm/LoadProgress';
import '../char-lm/char-lm.css';
import './own-text.css';

export default function OwnText(props: WidgetProps) {
  const store = useWidgetStore(ownTextSchema, OWN_TEXT_PREFIX, props, noOwnText());
  const { settings, notices, results } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices, results: s.results as OwnResults }));
  const actions = useOwnText(store);
  const t = useMessages(ownTextText);
  const lm = useMessages(charLmText);
  const [ref, width] = useWidth<HTMLDivElement>();
  const set = store.getState().set;
  const { status, text, name, kept, summary } = results;
  const running = status === 'training' || status === 'measuring';
  const busy = running || status === 'preparing';
  const own = text !== null;
  const anyTrained = Object.keys(results.curves).length > 0;

  useWidgetShortcuts(t.title, [{ key: 'g', label: t.keyTrain, run: () => (running ? actions.stop() : !busy && actions.train()) }], { urlPrefix: OWN_TEXT_PREFIX });

  return (
    <div ref={ref} className="own-text">
      <WidgetChrome title={t.title} notices={notices} onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <div className="own-in-use">
        <span>{t.inUse} <strong data-testid="yt-in-use">{own ? t.yourText(name) : t.mobyDefault}</strong></span>
        <div className="button-row">
          {own && <button type="button" onClick={actions.backToMoby}>{t.backToMoby}</button>}
          {!own && kept && <button type="button" onClick={actions.reuseKept} disabled={busy}>{t.reuseKept(kept.text.length.toLocaleString('en'))}</button>}
          {(kept || own) && <button type="button" onClick={actions.forget}>{t.forget}</button>}
        </div>
      </div>
      <TextSource id={props.id} problem={results.problem} busy={status === 'preparing'} onText={(s) => actions.offerText(s, null)} onFile={actions.offerFile} />
      <p className="lm-note">{t.privacy}{results.keptFailed ? ` ${t.notKept}` : ''}</p>
      {status === 'preparing' && <p className="lm-loading" role="status">{t.preparing}</p>}
      {results.loading && <LoadProgress progress={results.loading} />}
      {summary && <TextSummary summary={summary} own={own} />}
      <Controls label={t.settings}>
        <Slider label={t.steps} value={settings.steps} min={10} max={3000} step={10} onChange={(steps) => set({ steps })} disabled={busy} />
        <NumberField label={t.seed} value={settings.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
        <div className="button-row">
          {running
            ? <button type="button" onClick={actions.stop}>{t.stop}</button>
            : <button type="button" className="primary" onClick={actions.train} disabled={busy}>{anyTrained ? t.retrain : t.train}</button>}
        </div>
      </Controls>
      <p className="lm-note">{t.trainNote}</p>
      {results.error && <p className="widget-alert" role="alert">{lm.problem(results.error)}</p>}
      <OwnTraining results={results} width={width} />
      <OwnComparison measured={results.measured} measuring={status === 'measuring'} />
    </div>
  );
}
