/**
 * The frame every chapter widget sits in (`<Widget name=… caption=…>`): error and
 * loading states, the caption, the export menu, and the context that gives the
 * widget its keyboard shortcuts and records that the reader tried it. The widget's
 * code is fetched only when the reader approaches it (or the browser is idle);
 * until it has drawn, a placeholder holds the widget's measured height, so the
 * text around it does not move.
 */
import { Suspense, useContext, useId, useMemo, useRef } from 'react';
import { widgetComponent, isKnownWidget } from '../widgets/registry';
import { reservedPadding } from '../widgets/reserved-height';
import { useLoadWhenNear } from './load-when-near';
import { WidgetFrameContext, type WidgetFrame as Frame } from '../widgets/ui/widget-frame';
import { markTried } from '../state/progress';
import { ErrorBoundary } from './ErrorBoundary';
import { ExportMenu } from './ExportMenu';
import { parseRoute, usePath } from './router';
import { useT } from './i18n';
import { EmbedContext } from './embed-context';

type WidgetFrameProps = { name: string; caption?: string } & Record<string, string | number | boolean | undefined>;

export function WidgetFrame({ name, caption, ...props }: WidgetFrameProps) {
  const t = useT();
  const captionId = useId();
  const route = parseRoute(usePath());
  const slug = route.page === 'chapter' ? route.slug : '';
  const figureRef = useRef<HTMLElement>(null);
  const prefixRef = useRef<string | undefined>(undefined);
  const Component = widgetComponent(name);
  const near = useLoadWhenNear(figureRef, Component !== undefined, name);
  const { onNotices } = useContext(EmbedContext);

  const frame = useMemo<Frame>(() => ({
    name,
    element: () => figureRef.current,
    markUsed: () => { if (slug) markTried(slug, name); },
    setUrlPrefix: (prefix) => { prefixRef.current = prefix; },
    reportNotices: onNotices,
  }), [name, slug, onNotices]);

  if (!isKnownWidget(name)) return <p className="widget-error" role="alert">{t('unknownWidget')} “{name}”.</p>;
  return (
    <figure ref={figureRef} id={`widget-${name}`} className="widget" data-widget={name} aria-labelledby={caption ? captionId : undefined}
      // A change of any control inside counts as trying the widget.
      onChangeCapture={Component ? frame.markUsed : undefined}>
      {Component ? (
        <WidgetFrameContext.Provider value={frame}>
          <div className="widget-body">
            <ErrorBoundary
              fallback={(error, reset) => (
                <div className="widget-error" role="alert">
                  <p>{t('widgetError')} {error.message}</p>
                  <button type="button" onClick={reset}>{t('retry')}</button>
                </div>
              )}
            >
              <Suspense fallback={<WidgetPlaceholder name={name} />}>
                {near ? <Component id={name} {...props} /> : <WidgetPlaceholder name={name} />}
              </Suspense>
            </ErrorBoundary>
          </div>
        </WidgetFrameContext.Provider>
      ) : (
        <div className="widget-placeholder" data-planned-widget={name}>
          <strong>{t('widgetComing')}: {name}</strong>
          <span>{t('widgetComingBody')}</span>
        </div>
      )}
      {Component && <ExportMenu name={name} caption={caption ?? ''} figureRef={figureRef} urlPrefix={() => prefixRef.current} />}
      {caption && <figcaption id={captionId}>{caption}</figcaption>}
    </figure>
  );
}

/** Stands in for a widget until its code has arrived, at the widget's drawn height. */
function WidgetPlaceholder({ name }: { name: string }) {
  return <div className="widget-loading" aria-busy="true" style={{ paddingBottom: reservedPadding(name) }}><span>…</span></div>;
}
