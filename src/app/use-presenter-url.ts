/** Mirrors presenter mode and slide into the address (replaceState), so a copied link reopens the same slide. */
import { useEffect } from 'react';
import { presenterSearch, useSettings } from '../state/settings';

export function usePresenterUrl(path: string): void {
  const presenter = useSettings((s) => s.presenter);
  const slide = useSettings((s) => s.slide);
  useEffect(() => {
    const search = presenterSearch(location.search, presenter, slide);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }, [presenter, slide, path]);
}
