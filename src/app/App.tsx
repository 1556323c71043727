/** The shell: header, and the page the path names (an embedded widget has no header). */
import { useEffect } from 'react';
import { parseRoute, usePath } from './router';
import { Header } from './Header';
import { Home } from './Home';
import { ChapterPage } from './ChapterPage';
import { NotFound } from './NotFound';
import { EmbedPage } from './EmbedPage';
import { useSettings } from '../state/settings';
import { Overlays } from './Overlays';
import { useGlobalKeys } from './use-global-keys';
import { usePresenterUrl } from './use-presenter-url';
import { installPageDiagnostics } from './page-diagnostics';
import './shell-tools.css';
import './presenter.css';

installPageDiagnostics();

export function App() {
  const path = usePath();
  const route = parseRoute(path);
  const locale = useSettings((s) => s.locale);
  const presenter = useSettings((s) => s.presenter);
  useGlobalKeys();
  usePresenterUrl(path);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <div className={presenter ? 'app presenting' : 'app'}>
      {/* In presenter mode a chapter shows its own slim bar instead of the header; an embedded widget shows none. */}
      {!(presenter && route.page === 'chapter') && route.page !== 'embed' && <Header currentSlug={route.page === 'chapter' ? route.slug : undefined} />}
      {route.page === 'home' && <Home />}
      {route.page === 'chapter' && <ChapterPage key={route.slug} slug={route.slug} />}
      {route.page === 'embed' && <EmbedPage name={route.name} />}
      {route.page === 'not-found' && <NotFound />}
      <Overlays />
    </div>
  );
}
