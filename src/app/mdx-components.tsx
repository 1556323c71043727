/**
 * The closed set of components a chapter may use, registered in one place
 * (as react.dev does with <Pitfall>, <DeepDive>, <Recap>): chapters stay
 * declarative and every aside looks the same everywhere.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';
import { WidgetFrame } from './WidgetFrame';
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
  const t = useT();
  return (
    <section className="callout recap" aria-label={t('recap')}>
      {children}
    </section>
  );
}

function Source({ children }: { children: ReactNode }) {
  return <p className="source">{children}</p>;
}

const Widget = WidgetFrame;

// A prediction prompt is its own small chunk (its questions read widgets' results).
const PredictPrompt = lazy(() => import('../widgets/predict/Predict'));

/** `<Predict id="…" />`: the reader guesses before the widget answers (src/widgets/predict). */
function Predict({ id }: { id: string }) {
  return (
    <Suspense fallback={<section className="predict" aria-busy="true" />}>
      <PredictPrompt id={id} />
    </Suspense>
  );
}

export const mdxComponents: MDXComponents = { Note, Pitfall, DeepDive, Recap, Source, Widget, Predict } as MDXComponents;
