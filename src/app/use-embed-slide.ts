/**
 * An embed page shows one widget of a chapter as its presenter slide would: the
 * chapter's body is rendered (other widgets only as empty markers), the widget's
 * slide is built from the body's top-level blocks, and its equations and the widget
 * are marked `data-embed="equation|widget"`; the CSS hides every unmarked block.
 * Returns the section heading the widget sits under, for the page's own header.
 */
import { useEffect, useState, type RefObject } from 'react';
import { classifyBlock, widgetSlide } from './slides';

export function useEmbedSlide(bodyRef: RefObject<HTMLElement | null>, name: string): { heading: string; ready: boolean } {
  const [found, setFound] = useState({ heading: '', ready: false });

  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    let marked: HTMLElement[] = [];
    const update = () => {
      const blocks = Array.from(body.children) as HTMLElement[];
      const widget = blocks.findIndex((el) => el.dataset.widget === name);
      for (const el of marked) el.removeAttribute('data-embed');
      marked = [];
      if (widget < 0) return;
      const kinds = blocks.map((el) => classifyBlock({ tag: el.tagName, classes: Array.from(el.classList) }));
      let heading = '';
      for (const part of widgetSlide(kinds, widget).parts) {
        const el = blocks[part.index];
        if (part.role === 'heading') heading = el.textContent ?? '';
        else {
          el.setAttribute('data-embed', part.role);
          marked.push(el);
        }
      }
      setFound((prev) => (prev.heading === heading && prev.ready ? prev : { heading, ready: true }));
    };
    update();
    // Only the body's own children (the chapter chunk arriving, a language switch): the widget redraws inside constantly.
    const observer = new MutationObserver(update);
    observer.observe(body, { childList: true });
    return () => {
      observer.disconnect();
      for (const el of marked) el.removeAttribute('data-embed');
    };
  }, [bodyRef, name]);

  return found;
}
