/**
 * A widget's words in English and Korean, side by side in one small file per
 * widget (`text.ts`). Messages are strings or functions of the numbers they show;
 * the type checker holds the Korean table to exactly the English keys and shapes.
 */
import { useSettings, type Locale } from '../state/settings';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Catalogue = Record<string, string | ((...args: any[]) => string)>;

export type Messages<M extends Catalogue> = Readonly<Record<Locale, M>>;

/** Both languages of one catalogue; Korean must mirror English key for key. */
export function defineMessages<M extends Catalogue>(en: M, ko: NoInfer<{ [K in keyof M]: M[K] }>): Messages<M> {
  return { en, ko: ko as M };
}

/** The catalogue in the reader's language; re-renders when the language changes. */
export function useMessages<M extends Catalogue>(messages: Messages<M>): M {
  const locale = useSettings((s) => s.locale);
  return messages[locale];
}

/** The current language, for code that formats outside React's render. */
export function useLocale(): Locale {
  return useSettings((s) => s.locale);
}
