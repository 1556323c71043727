/** Shown for any address that is not a page: never a blank screen. */
import { useEffect } from 'react';
import { chapterList } from './chapters';
import { Link, chapterHref } from './router';
import { useT } from './i18n';
import { useSettings } from '../state/settings';

export function NotFound() {
  const t = useT();
  const locale = useSettings((s) => s.locale);
  useEffect(() => {
    document.title = `${t('notFoundTitle')} · ${t('siteTitle')}`;
  }, [t]);
  return (
    <main className="not-found" id="content" tabIndex={-1}>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <ol className="chapter-links">
        {chapterList(locale).map((c) => (
          <li key={c.slug}>
            <Link href={chapterHref(c.slug)}>{c.number}. {c.title}</Link>
          </li>
        ))}
      </ol>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </main>
  );
}
