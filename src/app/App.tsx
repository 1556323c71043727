/** The shell: header, and the page the path names. */
import { useEffect } from 'react';
import { parseRoute, usePath } from './router';
import { Header } from './Header';
import { Home } from './Home';
import { ChapterPage } from './ChapterPage';
import { NotFound } from './NotFound';
import { useSettings } from '../state/settings';

export function App() {
  const route = parseRoute(usePath());
  const locale = useSettings((s) => s.locale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <>
      <Header currentSlug={route.page === 'chapter' ? route.slug : undefined} />
      {route.page === 'home' && <Home />}
      {route.page === 'chapter' && <ChapterPage key={route.slug} slug={route.slug} />}
      {route.page === 'not-found' && <NotFound />}
    </>
  );
}
