/** The `?` overlay: every key the shell knows, and the shortcuts of the widgets on this page. */
import { useSyncExternalStore } from 'react';
import { shortcutOwners, subscribeShortcuts } from '../state/widget-shortcuts';
import { Dialog } from './Dialog';
import { useT, type MessageKey } from './i18n';

const SHELL_KEYS: { keys: string[]; what: MessageKey }[] = [
  { keys: ['P'], what: 'keyPresenter' },
  { keys: ['→', 'PageDown', 'Space'], what: 'keyNextSlide' },
  { keys: ['←', 'PageUp'], what: 'keyPreviousSlide' },
  { keys: ['Home', 'End'], what: 'keyFirstLast' },
  { keys: ['Esc'], what: 'keyLeave' },
  { keys: ['?'], what: 'keyHelp' },
  { keys: ['D'], what: 'keyDiagnostics' },
];

const Keys = ({ keys }: { keys: string[] }) => (
  <>{keys.map((k, i) => <span key={k}>{i > 0 && ' '}<kbd>{k === ' ' ? 'Space' : k.length === 1 ? k.toUpperCase() : k}</kbd></span>)}</>
);

export function HelpDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const owners = useSyncExternalStore(subscribeShortcuts, shortcutOwners, shortcutOwners);
  return (
    <Dialog title={t('shortcutsTitle')} onClose={onClose} className="help-dialog">
      <table className="keys-table">
        <caption>{t('shortcutsShell')}</caption>
        <tbody>
          {SHELL_KEYS.map((row) => (
            <tr key={row.what}>
              <th scope="row"><Keys keys={row.keys} /></th>
              <td>{t(row.what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {owners.length === 0 && <p className="keys-note">{t('shortcutsNoWidgets')}</p>}
      {owners.map((owner, i) => (
        <table className="keys-table" key={`${owner.title}-${i}`}>
          <caption>{owner.title}</caption>
          <tbody>
            {owner.actions.map((a) => (
              <tr key={a.key}>
                <th scope="row"><Keys keys={[a.key]} /></th>
                <td>{a.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <p className="keys-note">{t('shortcutsTarget')}</p>
    </Dialog>
  );
}
