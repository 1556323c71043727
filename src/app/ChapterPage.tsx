/** One chapter: its MDX content (a lazy chunk), table of contents and previous/next links. */
import { lazy, Suspense, useMemo, useRef, useEffect } from 'react';
import { MDXProvider } from '@mdx-js/react';
import { chapterLoader, findChapter, neighbours } from './chapters';
import { mdxComponents } from './mdx-components';
import { Link, chapterHref } from './router';
import { Toc, useHeadings } from './Toc';
import { ErrorBoundary } from './ErrorBoundary';
import { useT } from './i18n';
import { useSettings } from '../state/settings';
import { NotFound } from './NotFound';
import { PresenterBar } from './PresenterBar';
import { useSlides } from './use-slides';
import { usePresenterDeck } from './use-presenter-deck';
import { markVisited } from '../state/progress';

export function ChapterPage({ slug }: { slug: string }) {
  const t = useT();
  const locale = useSettings((s) => s.locale);
  const info = findChapter(slug, locale);
  const load = chapterLoader(slug, locale);
  const Content = useMemo(() => (load ? lazy(load) : null), [load]);
  const articleRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const headings = useHeadings(articleRef, `${slug}:${locale}`);
  const { previous, next } = neighbours(slug, locale);
  const presenter = useSettings((s) => s.presenter);
  const slide = useSettings((s) => s.slide);
  const slides = useSlides(bodyRef, presenter, slide);
  usePresenterDeck(slug, slides.length, previous?.slug, next?.slug);

  useEffect(() => {
    if (info) markVisited(slug);
  }, [info, slug]);

  useEffect(() => {
    if (info) document.title = `${info.number}. ${info.title} · ${t('siteTitle')}`;
  }, [info, t]);

  if (!info || !Content) return <NotFound />;

  return (
    <main className="chapter-layout">
      {presenter && <PresenterBar chapter={info} count={slides.length} />}
      <article ref={articleRef} className="chapter" id="content" tabIndex={-1} lang={locale}>
        <p className="chapter-kicker">
          {t('chapter')} {info.number}
        </p>
        <ErrorBoundary
          fallback={(_error, reset) => (
            <div role="alert" className="load-error">
              <p>{t('loadFailed')}</p>
              <button type="button" onClick={reset}>{t('retry')}</button>
            </div>
          )}
        >
          <div className="chapter-body" ref={bodyRef}>
            <Suspense fallback={<p className="chapter-loading" aria-busy="true">{t('loadingChapter')}</p>}>
              <MDXProvider components={mdxComponents}>
                <Content />
              </MDXProvider>
            </Suspense>
          </div>
        </ErrorBoundary>
        <nav className="pager" aria-label={`${t('previous')} / ${t('next')}`}>
          {previous ? (
            <Link href={chapterHref(previous.slug)} rel="prev" className="pager-prev">
              <span>← {t('previous')}</span>
              <strong>{previous.number}. {previous.title}</strong>
            </Link>
          ) : <span />}
          {next && (
            <Link href={chapterHref(next.slug)} rel="next" className="pager-next">
              <span>{t('next')} →</span>
              <strong>{next.number}. {next.title}</strong>
            </Link>
          )}
        </nav>
      </article>
      <Toc headings={headings} />
    </main>
  );
}
