/**
 * One widget alone at `/embed/<name>?<its settings>`, for a projector or a slide's
 * <iframe>: the widget with its equations (as its presenter slide shows them), its
 * settings from the link, no chapter around it, a short way back into the chapter,
 * and type and lines scaled for the back of a lecture hall (embed.css). To the
 * presenter keys it is a deck of one slide, so widget shortcuts and help still work.
 * An unknown name or a chapter that fails to load gets a page that says so.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ComponentProps, type MouseEvent } from 'react';
import { MDXProvider } from '@mdx-js/react';
import type { MDXComponents } from 'mdx/types';
import { chapterLoader, findChapter } from './chapters';
import { mdxComponents } from './mdx-components';
import { WidgetFrame } from './WidgetFrame';
import { ErrorBoundary } from './ErrorBoundary';
import { EmbedContext } from './embed-context';
import { EmbedProblem } from './EmbedProblem';
import { useEmbedSlide } from './use-embed-slide';
import { chapterPathFor, embedPathFor } from './embed-link';
import { widgetChapter } from './widget-chapters';
import { widgetComponent } from '../widgets/registry';
import { Link, navigate } from './router';
import { uiStore } from './ui-store';
import { useT } from './i18n';
import { useSettings } from '../state/settings';
import './embed.css';

export function EmbedPage({ name }: { name: string }) {
  const slug = widgetChapter(name);
  if (!slug || !widgetComponent(name)) return <EmbedProblem kind="unknown" name={name} />;
  return <EmbedView key={name} name={name} slug={slug} />;
}

/** In an <iframe> on a slide, links back open a new tab instead of replacing the slide's frame. */
const framed = () => {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
};

function EmbedView({ name, slug }: { name: string; slug: string }) {
  const t = useT();
  const locale = useSettings((s) => s.locale);
  const info = findChapter(slug, locale);
  const load = chapterLoader(slug, locale);
  const Content = useMemo(() => (load ? lazy(load) : null), [load]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const { heading, ready } = useEmbedSlide(bodyRef, name);
  const [notices, setNotices] = useState(0);
  const listener = useMemo(() => ({ onNotices: setNotices }), []);

  // The chapter's other widgets stay empty markers: they bound the equations, and never load.
  const components = useMemo<MDXComponents>(() => ({
    ...mdxComponents,
    Widget: (props: ComponentProps<typeof WidgetFrame>) =>
      props.name === name ? <WidgetFrame {...props} /> : <figure className="widget" data-widget-elsewhere={props.name} hidden />,
  }), [name]);

  useEffect(() => {
    uiStore.getState().setDeck({ slug, count: 1 });
    return () => uiStore.getState().setDeck(null);
  }, [slug]);

  useEffect(() => {
    if (info) document.title = `${heading || name} · ${info.number}. ${info.title} · ${t('siteTitle')}`;
  }, [heading, info, name, t]);

  // The widget's settings change the address as the lecturer works: read it when the link is used.
  const chapterPath = useCallback(() => chapterPathFor(slug, name, location.search, undefined, locale), [slug, name, locale]);
  const openInChapter = (event: MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = chapterPath();
    if (framed() || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(chapterPath());
  };
  const refreshHref = (event: { currentTarget: HTMLAnchorElement }) => { event.currentTarget.href = chapterPath(); };

  if (!info || !Content) return <EmbedProblem kind="unknown" name={name} />;
  return (
    <main className="embed" id="content" tabIndex={-1} lang={locale} data-embed-of={name}>
      <header className="embed-bar">
        <h1 className="embed-chapter">{t('chapter')} {info.number} · {info.title}</h1>
        {heading && <h2 className="embed-section">{heading}</h2>}
        <a className="embed-open" href={chapterPath()} onClick={openInChapter} onFocus={refreshHref} onPointerEnter={refreshHref}
          {...(framed() ? { target: '_blank', rel: 'noopener' } : {})}>
          {t('embedOpenInChapter')} <span aria-hidden="true">↗</span>
        </a>
      </header>
      {notices > 0 && (
        <div className="embed-problem-banner" role="alert">
          <p>{t('embedBrokenState')}</p>
          <p>
            {/* A full load: this page's widget store already holds the link's values. */}
            <a href={embedPathFor(name, '', undefined, locale)}>{t('embedOpenDefaults')}</a>
            {' · '}
            <Link href="/">{t('home')}</Link>
          </p>
        </div>
      )}
      <ErrorBoundary fallback={(_error, reset) => <EmbedProblem kind="failed" name={name} onRetry={reset} />}>
        <EmbedContext.Provider value={listener}>
          <div className="embed-body" ref={bodyRef} data-ready={ready}>
            <Suspense fallback={<p className="embed-loading" aria-busy="true">{t('loadingChapter')}</p>}>
              <MDXProvider components={components}>
                <Content />
              </MDXProvider>
            </Suspense>
          </div>
        </EmbedContext.Provider>
      </ErrorBoundary>
    </main>
  );
}
