/**
 * The presenter view of the chapter body this page owns: reads the body's top-level
 * blocks (re-reading when the lazily loaded chapter arrives or changes language),
 * builds the slides, and marks the current slide's blocks with `data-slide="role"`.
 * The CSS hides every unmarked block in presenter mode, so widgets stay mounted and
 * keep their state while the lecturer moves between slides.
 */
import { useEffect, useState, type RefObject } from 'react';
import { settingsStore } from '../state/settings';
import { buildSlides, classifyBlock, clampSlide, type Slide } from './slides';

function readSlides(body: HTMLElement): Slide[] {
  return buildSlides(Array.from(body.children).map((el) => classifyBlock({ tag: el.tagName, classes: Array.from(el.classList) })));
}

export function useSlides(bodyRef: RefObject<HTMLElement | null>, active: boolean, slide: number): Slide[] {
  // A new object whenever the body's blocks change (even to the same structure, as
  // after a language switch): the new elements need their marks.
  const [deck, setDeck] = useState<{ slides: Slide[] }>({ slides: [] });

  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const update = () => setDeck({ slides: readSlides(body) });
    update();
    // Only the body's own children: widgets redraw their insides constantly.
    const observer = new MutationObserver(update);
    observer.observe(body, { childList: true });
    return () => observer.disconnect();
  }, [bodyRef]);

  useEffect(() => {
    const body = bodyRef.current;
    const { slides } = deck;
    if (!body || !active || slides.length === 0) return;
    const current = slides[clampSlide(slide, slides.length) - 1];
    const blocks = Array.from(body.children) as HTMLElement[];
    for (const part of current.parts) blocks[part.index]?.setAttribute('data-slide', part.role);
    return () => {
      for (const part of current.parts) blocks[part.index]?.removeAttribute('data-slide');
      // Leaving presenter mode: the reader continues where the lecture was.
      const shown = blocks[current.parts[current.parts.length - 1].index];
      if (!settingsStore.getState().presenter && shown?.isConnected) shown.scrollIntoView({ block: 'start' });
    };
  }, [bodyRef, active, slide, deck]);

  return deck.slides;
}
