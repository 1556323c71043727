/**
 * Moving through the presenter's slides; past the last slide the next chapter
 * opens on its first slide, before the first the previous chapter on its last.
 */
import { settingsStore } from '../state/settings';
import { uiStore } from './ui-store';
import { chapterHref, navigate } from './router';
import { clampSlide } from './slides';

/** Past-the-end slide number: the view clamps it to the chapter's last slide. */
const LAST = 999;

export function goToSlide(to: 'next' | 'previous' | 'first' | 'last'): void {
  const deck = uiStore.getState().deck;
  const { slide, setSlide } = settingsStore.getState();
  if (!deck || deck.count === 0) return;
  const current = clampSlide(slide, deck.count);
  if (to === 'first') return setSlide(1);
  if (to === 'last') return setSlide(deck.count);
  if (to === 'next') {
    if (current < deck.count) return setSlide(current + 1);
    if (deck.next) openChapter(deck.next, 1);
    return;
  }
  if (current > 1) return setSlide(current - 1);
  if (deck.previous) openChapter(deck.previous, LAST);
}

function openChapter(slug: string, slide: number): void {
  settingsStore.getState().setSlide(slide);
  navigate(`${chapterHref(slug)}?present=1&slide=${slide}`);
  window.scrollTo(0, 0);
}
