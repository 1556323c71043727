/**
 * App-wide settings: language (remembered across visits) and presenter mode with
 * its current slide (carried by the URL, `?present=1&slide=3`, so a prepared link
 * opens on the same slide). Widget state is not here: each widget has its own store.
 */
import { createStore, useStore } from 'zustand';
import { readJson, writeJson } from './safe-storage';

export type Locale = 'en' | 'ko';
export const LOCALES: Locale[] = ['en', 'ko'];

export interface Settings {
  locale: Locale;
  presenter: boolean;
  /** 1-based slide of the presenter view; clamped by the view once it knows the count. */
  slide: number;
}

const KEY = 'rnn-notebook:settings';
const isLocale = (v: unknown): v is Locale => LOCALES.includes(v as Locale);
const hasSavedLocale = (v: unknown): v is { locale: Locale } =>
  typeof v === 'object' && v !== null && isLocale((v as { locale?: unknown }).locale);

/** A positive whole slide number from a URL value; anything else is slide 1. */
export function parseSlide(raw: string | null): number {
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 999 ? n : 1;
}

/**
 * The settings a page starts with. A `lang` in the link wins over the remembered
 * choice (the person sharing the link chose it), which wins over the browser's.
 */
export function initialSettings(search: string, saved: Locale | undefined, browserLanguage: string): Settings {
  const params = new URLSearchParams(search);
  const fromUrl = params.get('lang');
  const locale = isLocale(fromUrl) ? fromUrl : saved ?? (browserLanguage.toLowerCase().startsWith('ko') ? 'ko' : 'en');
  return { locale, presenter: params.get('present') === '1', slide: parseSlide(params.get('slide')) };
}

/** `search` with the presenter keys set (on) or removed (off); other keys untouched. */
export function presenterSearch(search: string, presenter: boolean, slide: number): string {
  const params = new URLSearchParams(search);
  if (presenter) {
    params.set('present', '1');
    params.set('slide', String(slide));
  } else {
    params.delete('present');
    params.delete('slide');
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

interface SettingsStore extends Settings {
  setLocale(locale: Locale): void;
  setPresenter(on: boolean): void;
  setSlide(slide: number): void;
}

const hasWindow = typeof window !== 'undefined';

/** Keeps an explicit `lang` in the address in step with a switch, so a reload keeps the choice. */
function followLangInUrl(locale: Locale): void {
  if (!hasWindow) return;
  const params = new URLSearchParams(location.search);
  if (!params.has('lang') || params.get('lang') === locale) return;
  params.set('lang', locale);
  history.replaceState(history.state, '', `${location.pathname}?${params}${location.hash}`);
}

export const settingsStore = createStore<SettingsStore>((set) => {
  const saved = readJson<{ locale: Locale } | null>(KEY, null, hasSavedLocale);
  const start = initialSettings(
    hasWindow ? location.search : '',
    saved?.locale,
    typeof navigator !== 'undefined' ? navigator.language : 'en',
  );
  return {
    ...start,
    setLocale: (locale) => {
      set({ locale });
      writeJson(KEY, { locale });
      followLangInUrl(locale);
    },
    setPresenter: (presenter) => set({ presenter }),
    setSlide: (slide) => set({ slide: Math.max(1, Math.round(slide)) }),
  };
});

export function useSettings<T>(selector: (s: SettingsStore) => T): T {
  return useStore(settingsStore, selector);
}
