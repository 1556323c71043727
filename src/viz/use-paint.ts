/**
 * React glue for frame sources (state/frame-source.ts): painters that write the
 * attributes React leaves alone, and the discrete facts React does render from.
 */
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { FrameSource } from '../state/frame-source';

/**
 * Runs `paint` with the source's latest value after every commit of the calling
 * component (new elements get their attributes before the browser paints) and in
 * every animation frame in which the source changed. The elements `paint` writes to
 * must not carry those attributes as React props, or React would write them back.
 */
export function usePaint<T>(source: FrameSource<T>, paint: (value: T) => void): void {
  const latest = useRef(paint);
  useLayoutEffect(() => {
    latest.current = paint;
    paint(source.get());
  });
  useLayoutEffect(() => source.subscribe((value) => latest.current(value)), [source]);
}

/**
 * A discrete fact about the source's value (a string or number: an axis domain, a
 * count): the component re-renders when, and only when, the fact changes, in the
 * same frame as the painters (useSyncExternalStore renders synchronously).
 */
export function useSourceFact<T, F extends string | number | boolean | null>(source: FrameSource<T>, fact: (value: T) => F): F {
  const factRef = useRef(fact);
  factRef.current = fact;
  return useSyncExternalStore(source.subscribe, () => factRef.current(source.get()));
}

/** The source's value once it has stopped changing for `quietMs` (for text a screen reader announces). */
export function useSettledValue<T>(source: FrameSource<T>, quietMs = 150): T {
  const [value, setValue] = useState(() => source.get());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    setValue(source.get());
    const unsubscribe = source.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setValue(source.get()), quietMs);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [source, quietMs]);
  return value;
}
