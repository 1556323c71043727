/**
 * A small History-API router: the app has three kinds of page (home, chapter, one
 * widget alone at /embed/<name>), so a routing library would be more than the job needs. The path names the page, the
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

export type Route =
  | { page: 'home' }
  | { page: 'chapter'; slug: string }
  | { page: 'embed'; name: string }
  | { page: 'not-found'; path: string };

/** A path segment as text; a broken %-escape is kept as typed (the page then names it as unknown). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function parseRoute(path: string): Route {
  const clean = path.replace(/\/+$/, '') || '/';
  if (clean === '/' || clean === '/index.html') return { page: 'home' };
  const match = /^\/chapters\/([a-z0-9-]+)$/.exec(clean);
  if (match) return { page: 'chapter', slug: match[1] };
  // Any name: the embed page itself says when it is not a widget.
  const embed = /^\/embed(?:\/([^/]+))?$/.exec(clean);
  if (embed) return { page: 'embed', name: decodeSegment(embed[1] ?? '') };
  return { page: 'not-found', path };
}

export function chapterHref(slug: string): string {
  return `/chapters/${slug}`;
}

export function embedHref(name: string): string {
  return `/embed/${encodeURIComponent(name)}`;
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
