/** The site's base URL, for workers that fetch the shipped corpus and weights (public/). */
export function siteBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, document.baseURI).href;
}

/** "Loading data/moby-dick-train.txt: 340 of 722 kB" from a worker's loading progress. */
export function loadingText(p: { file: string; loadedBytes: number; totalBytes: number | null }): string {
  const kb = (n: number) => Math.round(n / 1024);
  return `Loading ${p.file}: ${kb(p.loadedBytes)}${p.totalBytes ? ` of ${kb(p.totalBytes)}` : ''} kB…`;
}
