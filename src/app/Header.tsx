/** The bar at the top of every page: home link, chapter links, language switch. */
import { chapterList } from './chapters';
import { Link, chapterHref } from './router';
import { useT } from './i18n';
import { LOCALES, useSettings, type Locale } from '../state/settings';

const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어' };

export function Header({ currentSlug }: { currentSlug?: string }) {
  const t = useT();
  const locale = useSettings((s) => s.locale);
  const setLocale = useSettings((s) => s.setLocale);
  return (
    <header className="site-header">
      <a className="skip-link" href="#content">{t('skipToContent')}</a>
      <Link href="/" className="site-title">{t('siteTitle')}</Link>
      <nav aria-label={t('chapters')} className="chapter-nav">
        <ol>
          {chapterList(locale).map((c) => (
            <li key={c.slug}>
              <Link
                href={chapterHref(c.slug)}
                aria-current={c.slug === currentSlug ? 'page' : undefined}
                title={c.title}
              >
                <span className="chapter-nav-number">{c.number}</span>
                <span className="chapter-nav-title">{c.title}</span>
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <div className="language-switch" role="group" aria-label={t('language')}>
        {LOCALES.map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            aria-pressed={l === locale}
            onClick={() => setLocale(l)}
          >
            {LOCALE_NAMES[l]}
          </button>
        ))}
      </div>
    </header>
  );
}
