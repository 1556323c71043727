/** The home page: the lecture's outline and a card per chapter. */
import { useEffect } from 'react';
import { chapterList } from './chapters';
import { Link, chapterHref } from './router';
import { useT } from './i18n';
import { useSettings } from '../state/settings';
import { useProgress } from '../state/progress';
import { countTried, liveWidgetNames } from './live-widgets';

export function Home() {
  const t = useT();
  const locale = useSettings((s) => s.locale);
  const list = chapterList(locale);
  const visited = useProgress((p) => p.visited);
  const tried = useProgress((p) => p.tried);
  const live = liveWidgetNames();
  const triedLive = countTried(tried, live);
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
        <p className="progress-line" data-testid="progress">
          {t('progressVisited')} {list.filter((c) => visited.includes(c.slug)).length} / {list.length} · {t('progressTried')}{' '}
          {triedLive} / {live.length}
        </p>
        <ol className="chapter-cards">
          {list.map((c) => (
            <li key={c.slug}>
              <Link href={chapterHref(c.slug)} className="chapter-card" data-visited={visited.includes(c.slug) || undefined}>
                <span className="chapter-number" aria-hidden="true">{c.number}</span>
                <span className="chapter-card-text">
                  <strong>{c.title}</strong>
                  <span>{c.summary}</span>
                </span>
                {visited.includes(c.slug) && (
                  <span className="visited-mark">
                    <span aria-hidden="true">✓</span>
                    <span className="visually-hidden">{t('visited')}</span>
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
