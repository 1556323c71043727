/**
 * What an embed link shows when it cannot show its widget: an unknown name (a typo,
 * a link from a newer or older version) or a chapter that failed to load. Never a
 * blank frame on a projector: the reason, the widgets that do exist, and a way home.
 */
import { useEffect } from 'react';
import { Link, embedHref } from './router';
import { useT } from './i18n';
import { chapteredWidgets } from './widget-chapters';
import { widgetComponent } from '../widgets/registry';
import { useSettings } from '../state/settings';

/** A name from the address, shortened for display (React escapes it). */
const shown = (name: string) => (name.length > 60 ? `${name.slice(0, 60)}…` : name);

export function EmbedProblem({ kind, name, onRetry }: { kind: 'unknown' | 'failed'; name: string; onRetry?: () => void }) {
  const t = useT();
  const locale = useSettings((s) => s.locale);
  const title = kind === 'unknown' ? t('embedUnknownTitle') : t('embedFailedTitle');
  useEffect(() => {
    document.title = `${title} · ${t('siteTitle')}`;
  }, [title, t]);
  return (
    <main className="embed embed-problem" id="content" tabIndex={-1} lang={locale} data-embed-problem={kind}>
      <h1>{title}</h1>
      {kind === 'unknown' ? (
        <>
          <p>{name ? <>{t('embedUnknownBody')} <code>{shown(name)}</code>.</> : t('embedNoName')}</p>
          <p>{t('embedKnownWidgets')}</p>
          <ul className="embed-widget-list">
            {chapteredWidgets().filter((w) => widgetComponent(w)).map((w) => (
              <li key={w}><Link href={`${embedHref(w)}?lang=${locale}`}><code>{w}</code></Link></li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p role="alert">{t('embedFailedBody')}</p>
          {onRetry && <p><button type="button" onClick={onRetry}>{t('retry')}</button></p>}
        </>
      )}
      <p><Link href="/">{t('home')}</Link></p>
    </main>
  );
}
