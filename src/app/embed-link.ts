/**
 * Links for a widget shown alone (`/embed/<name>?<its settings>&lang=…`), the way back
 * to it in its chapter, and the <iframe> that puts an embed on a slide. Only the
 * widget's own settings travel (see widgetQuery), plus the language, so a link opens
 * the same picture in the same words wherever it is pasted.
 */
import { widgetQuery } from './export-name';
import { chapterHref, embedHref } from './router';
import type { Locale } from '../state/settings';

function withQuery(path: string, search: string, prefix: string | undefined, locale: Locale): string {
  const params = new URLSearchParams(widgetQuery(search, prefix));
  params.set('lang', locale);
  return `${path}?${params}`;
}

/** Path and query of widget `name`'s embed page with the settings in `search`. */
export function embedPathFor(name: string, search: string, prefix: string | undefined, locale: Locale): string {
  return withQuery(embedHref(name), search, prefix, locale);
}

/** The widget in its chapter, with the same settings, scrolled to it (the frame's id is `widget-<name>`). */
export function chapterPathFor(slug: string, name: string, search: string, prefix: string | undefined, locale: Locale): string {
  return `${withQuery(chapterHref(slug), search, prefix, locale)}#widget-${encodeURIComponent(name)}`;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** HTML to paste into a slide: a 16:9 frame at 1280×720 that may go full screen. */
export function iframeCode(link: string, title: string): string {
  return `<iframe src="${attribute(link)}" title="${attribute(title)}" width="1280" height="720" style="border:0;max-width:100%" loading="lazy" allow="fullscreen; clipboard-write" allowfullscreen></iframe>`;
}
