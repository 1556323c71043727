/**
 * The closed set of components a chapter may use, registered in one place
 * (as react.dev does with <Pitfall>, <DeepDive>, <Recap>): chapters stay
 * declarative and every aside looks the same everywhere.
 */
import { Suspense, useId, type ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';
import { widgetComponent, isKnownWidget } from '../widgets/registry';
import { ErrorBoundary } from './ErrorBoundary';
import { useT } from './i18n';

function Note({ children }: { children: ReactNode }) {
  return <aside className="callout note" role="note">{children}</aside>;
}

function Pitfall({ children }: { children: ReactNode }) {
  return <aside className="callout pitfall" role="note">{children}</aside>;
}

function DeepDive({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="callout deep-dive">
      <summary>{title}</summary>
      {children}
    </details>
  );
}

function Recap({ children }: { children: ReactNode }) {
  return (
    <section className="callout recap" aria-label="Recap">
      {children}
    </section>
  );
}

function Source({ children }: { children: ReactNode }) {
  return <p className="source">{children}</p>;
}

function Widget({ name, caption, ...props }: { name: string; caption?: string } & Record<string, string | number | boolean | undefined>) {
  const t = useT();
  const id = name;
  const captionId = useId();
  const Component = widgetComponent(name);
  if (!isKnownWidget(name)) return <p className="widget-error" role="alert">Unknown widget “{name}”.</p>;
  return (
    <figure className="widget" data-widget={name} aria-labelledby={caption ? captionId : undefined}>
      {Component ? (
        <ErrorBoundary
          fallback={(error, reset) => (
            <div className="widget-error" role="alert">
              <p>{t('widgetError')} {error.message}</p>
              <button type="button" onClick={reset}>{t('retry')}</button>
            </div>
          )}
        >
          <Suspense fallback={<div className="widget-loading" aria-busy="true">…</div>}>
            <Component id={id} {...props} />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <div className="widget-placeholder" data-planned-widget={name}>
          <strong>{t('widgetComing')}: {name}</strong>
          <span>{t('widgetComingBody')}</span>
        </div>
      )}
      {caption && <figcaption id={captionId}>{caption}</figcaption>}
    </figure>
  );
}

export const mdxComponents: MDXComponents = { Note, Pitfall, DeepDive, Recap, Source, Widget } as MDXComponents;
