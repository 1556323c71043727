/** The bar at the top of every page: home link, chapter links, tools, language switch. */
import { chapterList } from './chapters';
import { Link, chapterHref } from './router';
import { useT } from './i18n';
import { uiStore } from './ui-store';
import { LOCALES, useSettings, type Locale } from '../state/settings';

const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어' };

export function Header({ currentSlug }: { currentSlug?: string }) {
  const t = useT();
  const locale = useSettings((s) => s.locale);
  const setLocale = useSettings((s) => s.setLocale);
  const presenter = useSettings((s) => s.presenter);
  const setPresenter = useSettings((s) => s.setPresenter);
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
      <div className="header-tools">
        <button type="button" className="tool-button presenter-toggle" aria-pressed={presenter} onClick={() => setPresenter(!presenter)}
          title={`${t('presenterMode')} (P)`}>
          <span aria-hidden="true">▣</span> <span className="tool-label">{t('presenterMode')}</span>
        </button>
        <button type="button" className="tool-button" onClick={() => uiStore.getState().open('help')} aria-label={t('shortcutsTitle')} title={`${t('shortcutsTitle')} (?)`}>
          ?
        </button>
        <button type="button" className="tool-button" onClick={() => uiStore.getState().open('diagnostics')} aria-label={t('diagnosticsTitle')} title={`${t('diagnosticsTitle')} (D)`}>
          <span aria-hidden="true">⚙</span>
        </button>
      </div>
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
