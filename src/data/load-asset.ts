/**
 * Reads a file the project ships in public/ (corpus text, model weights) — from
 * disk in Node (lab, scripts, tests), by fetch from the site in the browser or a
 * worker. Nothing is ever fetched from anywhere else.
 */

export interface LoadProgress {
  /** The file being read, as given (e.g. "data/moby-dick-train.txt"). */
  file: string;
  loadedBytes: number;
  /** Null when the server did not say. */
  totalBytes: number | null;
}

export interface LoadOptions {
  /** Browser/worker: the site's base URL (the page's document.baseURI); required there. */
  baseUrl?: string;
  onProgress?(p: LoadProgress): void;
}

function isNode(): boolean {
  return typeof process !== 'undefined' && process.versions?.node != null && typeof window === 'undefined' && typeof importScripts === 'undefined';
}

declare const importScripts: unknown;

/** The text of `public/<file>`. Throws an Error with a readable message when it cannot. */
export async function loadAssetText(file: string, options: LoadOptions = {}): Promise<string> {
  if (isNode() && options.baseUrl === undefined) return readFromDisk(file);
  if (!options.baseUrl) throw new Error(`No site address to load ${file} from.`);
  const url = new URL(file, options.baseUrl).href;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`Could not load ${file} (${error instanceof Error ? error.message : 'network error'}).`);
  }
  if (!response.ok) throw new Error(`Could not load ${file}: the server answered ${response.status}.`);
  const length = Number(response.headers.get('content-length'));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body || !options.onProgress) return response.text();
  // Read in chunks so a slow connection shows progress.
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loadedBytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loadedBytes += value.length;
    options.onProgress({ file, loadedBytes, totalBytes });
  }
  const all = new Uint8Array(loadedBytes);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return new TextDecoder().decode(all);
}

async function readFromDisk(file: string): Promise<string> {
  // Variable specifiers keep bundlers from trying to bundle Node built-ins.
  const fsName = 'node:fs/promises';
  const urlName = 'node:url';
  const fs = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises');
  const { fileURLToPath } = (await import(/* @vite-ignore */ urlName)) as typeof import('node:url');
  const path = fileURLToPath(new URL(`../../public/${file}`, import.meta.url));
  try {
    return await fs.readFile(path, 'utf8');
  } catch {
    throw new Error(`Could not read ${path}: run \`npm run pretrain\` to build the corpus and weights.`);
  }
}
