/** The loss surface once it is computed (null until then); see surface-image.ts. */
import { useEffect, useState } from 'react';
import { loadSurface, type Surface } from './surface-image';

export function useSurface(): Surface | null {
  const [surface, setSurface] = useState<Surface | null>(null);
  useEffect(() => {
    let live = true;
    loadSurface().then((s) => live && setSurface(s));
    return () => {
      live = false;
    };
  }, []);
  return surface;
}
