/**
 * "Play": reveals the descent paths one update at a time. Off when the reader asks
 * for reduced motion (the full paths are shown and a slider steps through them).
 */
import { useCallback, useEffect, useState } from 'react';

const FRAME_MS = 140;

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export interface Playback {
  /** Updates shown: 0 … total. */
  shown: number;
  playing: boolean;
  reducedMotion: boolean;
  play(): void;
  pause(): void;
  /** Show up to update k (stops playing). */
  show(k: number): void;
}

export function usePlayback(total: number): Playback {
  const [reducedMotion, setReduced] = useState(prefersReducedMotion);
  const [shown, setShown] = useState(total);
  const [playing, setPlaying] = useState(false);

  // New settings: show the whole of the new paths.
  useEffect(() => {
    setShown(total);
    setPlaying(false);
  }, [total]);

  useEffect(() => {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const onChange = () => setReduced(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  useEffect(() => {
    if (!playing) return;
    if (shown >= total) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setShown((k) => Math.min(total, k + 1)), FRAME_MS);
    return () => clearTimeout(timer);
  }, [playing, shown, total]);

  const play = useCallback(() => {
    if (reducedMotion) return;
    setShown((k) => (k >= total ? 0 : k));
    setPlaying(true);
  }, [reducedMotion, total]);
  const pause = useCallback(() => setPlaying(false), []);
  const show = useCallback((k: number) => {
    setPlaying(false);
    setShown(Math.max(0, Math.min(total, Math.round(k))));
  }, [total]);

  return { shown, playing, reducedMotion, play, pause, show };
}
