/** The home page: the lecture's outline and a card per chapter. */
import { useEffect } from 'react';
import { chapterList } from './chapters';
import { Link, chapterHref } from './router';
import { useT } from './i18n';
import { useSettings } from '../state/settings';

export function Home() {
  const t = useT();
  const locale = useSettings((s) => s.locale);
  const list = chapterList(locale);
  useEffect(() => {
    document.title = t('siteTitle');
  }, [t]);
  return (
    <main className="home" id="content" tabIndex={-1}>
      <header className="home-hero">
        <h1>{t('siteTitle')}</h1>
        <p className="tagline">{t('siteTagline')}</p>
        <p>{t('homeIntro')}</p>
        {list[0] && (
          <Link className="button primary" href={chapterHref(list[0].slug)}>
            {t('start')} →
          </Link>
        )}
      </header>
      <section aria-labelledby="outline-title">
        <h2 id="outline-title">{t('lectureOutline')}</h2>
        <ol className="chapter-cards">
          {list.map((c) => (
            <li key={c.slug}>
              <Link href={chapterHref(c.slug)} className="chapter-card">
                <span className="chapter-number" aria-hidden="true">{c.number}</span>
                <span className="chapter-card-text">
                  <strong>{c.title}</strong>
                  <span>{c.summary}</span>
                </span>
              </Link>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
