/**
 * The chapter list: titles from chapters/outline.json (chapters/ko/outline.json for
 * Korean), content as one lazily loaded chunk per MDX file, so a chapter's text
 * arrives without the others. A Korean chapter that does not exist yet falls back
 * to the English one.
 */
import type { ComponentType } from 'react';
import type { MDXProps } from 'mdx/types';
import type { Locale } from '../state/settings';

export interface ChapterInfo {
  slug: string;
  number: number;
  title: string;
  summary: string;
}

type MdxModule = { default: ComponentType<MDXProps> };

const loaders = import.meta.glob<MdxModule>('../../chapters/**/*.mdx');
const outlines = import.meta.glob<ChapterInfo[]>('../../chapters/**/outline.json', { eager: true, import: 'default' });

const dir = (locale: Locale) => (locale === 'en' ? '../../chapters' : `../../chapters/${locale}`);

const english = [...(outlines['../../chapters/outline.json'] ?? [])].sort((a, b) => a.number - b.number);

/** The chapters in order, titled in `locale` where a translation exists. */
export function chapterList(locale: Locale = 'en'): ChapterInfo[] {
  const translated = outlines[`${dir(locale)}/outline.json`] ?? [];
  return english.map((c) => ({ ...c, ...translated.find((t) => t.slug === c.slug) }));
}

export const chapters = english;

export function findChapter(slug: string, locale: Locale = 'en'): ChapterInfo | undefined {
  return chapterList(locale).find((c) => c.slug === slug);
}

export function chapterLoader(slug: string, locale: Locale = 'en'): (() => Promise<MdxModule>) | undefined {
  return loaders[`${dir(locale)}/${slug}.mdx`] ?? loaders[`${dir('en')}/${slug}.mdx`];
}

export function neighbours(slug: string, locale: Locale = 'en'): { previous?: ChapterInfo; next?: ChapterInfo } {
  const list = chapterList(locale);
  const index = list.findIndex((c) => c.slug === slug);
  if (index < 0) return {};
  return { previous: list[index - 1], next: list[index + 1] };
}
