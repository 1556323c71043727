/**
 * A small History-API router: the app has two kinds of page (home, chapter), so a
 * routing library would be more than the job needs. The path names the page, the
 * query string carries widget state, the hash names a heading.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** The current path, re-rendering on navigation. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname, () => '/');
}

/** Go to `href` (path, optional query and hash) without reloading the page. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  notify();
}

export type Route = { page: 'home' } | { page: 'chapter'; slug: string } | { page: 'not-found'; path: string };

export function parseRoute(path: string): Route {
  const clean = path.replace(/\/+$/, '') || '/';
  if (clean === '/' || clean === '/index.html') return { page: 'home' };
  const match = /^\/chapters\/([a-z0-9-]+)$/.exec(clean);
  if (match) return { page: 'chapter', slug: match[1] };
  return { page: 'not-found', path };
}

export function chapterHref(slug: string): string {
  return `/chapters/${slug}`;
}

/** An <a> that navigates in-app for plain left clicks and behaves normally otherwise. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
    if (!href.includes('#')) window.scrollTo(0, 0);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
