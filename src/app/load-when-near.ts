/**
 * When a chapter widget's code is fetched: once its placeholder comes within a
 * couple of screens of the viewport (the reader is approaching), or when the
 * browser is idle, one widget per idle period in page order. Either way only after
 * the chapter's text has painted: IntersectionObserver reports after a frame, and
 * the idle queue starts after one.
 */
import { useEffect, useState, type RefObject } from 'react';

/** How far outside the viewport a placeholder starts loading: two screens above and below. */
export const NEAR_MARGIN = '200% 0px';

const queue: Array<() => void> = [];
let scheduled = false;

const onIdle = (run: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 200);
};

function pump() {
  scheduled = false;
  queue.shift()?.();
  if (queue.length > 0) schedule();
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => onIdle(pump));
}

/** Runs `run` in a later idle period (in call order, one per period); returns a cancel. */
export function whenIdle(run: () => void): () => void {
  queue.push(run);
  schedule();
  return () => {
    const index = queue.indexOf(run);
    if (index >= 0) queue.splice(index, 1);
  };
}

/**
 * Widgets already loaded on this page (path + name). A language switch remounts every
 * widget; one seen before loads at once, so it finds its store (which lingers only
 * briefly) with its settings and results instead of starting over.
 */
const loadedBefore = new Set<string>();

/** Whether the element has come near the viewport or an idle period has come; stays true. */
export function useLoadWhenNear(ref: RefObject<Element | null>, enabled = true, id?: string): boolean {
  const seenKey = id === undefined || typeof location === 'undefined' ? undefined : `${location.pathname}#${id}`;
  const [near, setNear] = useState(() => seenKey !== undefined && loadedBefore.has(seenKey));
  useEffect(() => {
    if (near && seenKey !== undefined) loadedBefore.add(seenKey);
  }, [near, seenKey]);
  useEffect(() => {
    const el = ref.current;
    if (!enabled || near || !el) return;
    const go = () => setNear(true);
    if (typeof IntersectionObserver !== 'function') return whenIdle(go);
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) go();
    }, { rootMargin: NEAR_MARGIN });
    observer.observe(el);
    const cancel = whenIdle(go);
    return () => {
      observer.disconnect();
      cancel();
    };
  }, [ref, enabled, near]);
  return near;
}
