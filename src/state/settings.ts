/**
 * App-wide settings (language, presenter mode), remembered across visits.
 * Widget state is not here: each widget instance has its own store.
 */
import { createStore, useStore } from 'zustand';
import { readJson, writeJson } from './safe-storage';

export type Locale = 'en' | 'ko';
export const LOCALES: Locale[] = ['en', 'ko'];

export interface Settings {
  locale: Locale;
  presenter: boolean;
}

const KEY = 'rnn-notebook:settings';
const isSettings = (v: unknown): v is Settings =>
  typeof v === 'object' && v !== null && LOCALES.includes((v as Settings).locale) && typeof (v as Settings).presenter === 'boolean';

function initialLocale(): Locale {
  const fromUrl = typeof location !== 'undefined' ? new URLSearchParams(location.search).get('lang') : null;
  if (fromUrl === 'en' || fromUrl === 'ko') return fromUrl;
  const nav = typeof navigator !== 'undefined' ? navigator.language : 'en';
  return nav.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

interface SettingsStore extends Settings {
  setLocale(locale: Locale): void;
  setPresenter(on: boolean): void;
}

export const settingsStore = createStore<SettingsStore>((set, get) => {
  const saved = readJson<Settings>(KEY, { locale: initialLocale(), presenter: false }, isSettings);
  const persist = () => writeJson(KEY, { locale: get().locale, presenter: get().presenter });
  return {
    ...saved,
    setLocale: (locale) => {
      set({ locale });
      persist();
    },
    setPresenter: (presenter) => {
      set({ presenter });
      persist();
    },
  };
});

export function useSettings<T>(selector: (s: SettingsStore) => T): T {
  return useStore(settingsStore, selector);
}
