/**
 * Presenter bookkeeping for the chapter on screen: publishes the deck (slide count,
 * neighbouring chapters) for the keys, keeps the slide within range once the
 * chapter has loaded, takes the slide from the address when the chapter opens, and
 * brings each new slide into view from the top.
 */
import { useEffect } from 'react';
import { parseSlide, settingsStore, useSettings } from '../state/settings';
import { clampSlide } from './slides';
import { uiStore } from './ui-store';

export function usePresenterDeck(slug: string, count: number, previous?: string, next?: string): void {
  const presenter = useSettings((s) => s.presenter);
  const slide = useSettings((s) => s.slide);

  // A chapter opened without `slide` in its address starts at the first slide.
  useEffect(() => {
    settingsStore.getState().setSlide(parseSlide(new URLSearchParams(location.search).get('slide')));
  }, [slug]);

  useEffect(() => {
    uiStore.getState().setDeck({ slug, count, previous, next });
    return () => uiStore.getState().setDeck(null);
  }, [slug, count, previous, next]);

  useEffect(() => {
    const clamped = clampSlide(slide, count);
    if (clamped !== slide) settingsStore.getState().setSlide(clamped);
  }, [slide, count]);

  useEffect(() => {
    if (presenter) window.scrollTo(0, 0);
  }, [presenter, slide]);
}
