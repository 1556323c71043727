/** The site's base URL, for workers that fetch the shipped corpus and weights (public/). */
import type { CharLmText } from './text';

export function siteBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, document.baseURI).href;
}

/** "Loading data/moby-dick-train.txt: 340 of 722 kB" from a worker's loading progress. */
export function loadingText(p: { file: string; loadedBytes: number; totalBytes: number | null }, t: CharLmText): string {
  const kb = (n: number) => Math.round(n / 1024);
  return t.loadingFile(p.file, kb(p.loadedBytes), p.totalBytes ? kb(p.totalBytes) : null);
}
