/**
 * Seeded fuzz: every chapter opened with random link values for its widgets' keys
 * (garbage, out-of-range, huge, NaN, Infinity, script-like, emoji, combining marks,
 * RTL, control characters, 10,000 characters, empty), then random Unicode typed into
 * every text field. The page must keep its heading and every widget, show a notice
 * for each adjusted link value, never open a dialog, never draw NaN, and log nothing
 * (the shared fixture fails on any console error or uncaught exception).
 *
 * Bounded: FUZZ_CASES cases per chapter (default 3), no new case started after FUZZ_BUDGET_MS
 * (default 12 s) per chapter, so the spec stays near two minutes even on a busy machine.
 * Replay a failure with the line it prints: FUZZ_REPLAY=<slug>:<seed>.
 */
import { readFileSync } from 'node:fs';
import { test, expect, settle, type Page } from './fixtures';
import { coerce, type ParamSpec, type Schema } from '../../src/state/url-params';

const outline = JSON.parse(readFileSync('chapters/outline.json', 'utf8')) as { slug: string }[];
const CASES = Number(process.env.FUZZ_CASES || 3);
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS || 12_000);
const BASE_SEED = Number(process.env.FUZZ_SEED || 20261127);
const REPLAY = process.env.FUZZ_REPLAY ? { slug: process.env.FUZZ_REPLAY.split(':')[0], seed: Number(process.env.FUZZ_REPLAY.split(':')[1]) } : null;
/** Node's preview server refuses request lines past ~16 kB: long values share this budget. */
const URL_BUDGET = 13_000;

/** mulberry32: small, fast and enough to pick cases reproducibly. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)] };
}
type Rng = ReturnType<typeof prng>;

/** Kinds of hostile text; "NaN" is left out so that a page echoing typed text is not mistaken for a NaN result. */
const HOSTILE_TEXT = [
  '', ' \t ', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "javascript:alert('x')", '{{7*7}}${7*7}', '\\htmlStyle{color:red}{x}',
  '😀🐋👨‍👩‍👧‍👦🇰🇷', 'e\u0301\u0302\u0303 Z\u0337\u0322\u0354a\u0338\u0347l\u0336g\u0335o', 'שלום مرحبا \u202eevil\u202c', '\u0000\u0007\u001b[31m\u0008\u007f', '\uFEFF\u200b\u200d',
  '한국어 문장입니다', 'Call me Ishmael.', '-1', '1e308',
];

/** Random code points from ASCII, Latin, combining marks, Hebrew/Arabic, CJK, emoji and controls. */
function randomUnicode(rng: Rng, length: number): string {
  const ranges: [number, number][] = [[0x20, 0x7e], [0xc0, 0x17f], [0x300, 0x36f], [0x590, 0x6ff], [0xac00, 0xd7a3], [0x4e00, 0x9fff], [0x1f300, 0x1f64f], [0x0, 0x1f], [0x200b, 0x202e]];
  let s = '';
  for (let i = 0; i < length; i++) {
    const [lo, hi] = rng.pick(ranges);
    s += String.fromCodePoint(lo + rng.int(hi - lo + 1));
  }
  return s.replace(/NaN/g, 'nan');
}

function randomText(rng: Rng, long: 'ascii' | 'any'): string {
  const r = rng.next();
  if (r < 0.45) return rng.pick(HOSTILE_TEXT);
  if (r < 0.85) return randomUnicode(rng, 1 + rng.int(40));
  return long === 'ascii' ? 'x'.repeat(10_000) : randomUnicode(rng, 10_000);
}

function randomNumber(rng: Rng, spec: Extract<ParamSpec, { kind: 'number' }>): string {
  const span = spec.max - spec.min;
  return rng.pick([
    () => String(spec.min + rng.next() * span),
    () => String(Math.round(spec.min + rng.next() * span)),
    () => String(spec.max + 1 + rng.next() * (span + 1) * 10),
    () => String(spec.min - 1 - rng.next() * 100),
    () => rng.pick(['NaN', 'Infinity', '-Infinity', '1e308', '-1e308', '1e-320', '9'.repeat(400), '-0', '0x10', '1,5', ' 3 ', '', '½', '٣']),
  ])();
}

function randomValue(rng: Rng, spec: ParamSpec): string {
  const valid = rng.next() < 0.35;
  switch (spec.kind) {
    case 'number': return randomNumber(rng, spec);
    case 'enum': return valid ? rng.pick(spec.values) : rng.pick([spec.values[0].toUpperCase(), `${spec.values[0]} `, ...HOSTILE_TEXT]);
    case 'boolean': return valid ? rng.pick(['0', '1', 'true', 'false', 'on', 'off']) : rng.pick(['maybe', '2', 'yes', ...HOSTILE_TEXT]);
    case 'text': return randomText(rng, 'ascii');
  }
}

interface WidgetSchema { name: string; prefix: string; schema: Schema }

/** A widget's schema module exports one `…PREFIX` string and one schema object (entries with a `kind`). */
async function loadSchema(name: string): Promise<WidgetSchema> {
  const mod = (await import(`../../src/widgets/${name}/schema.ts`)) as Record<string, unknown>;
  const prefix = Object.entries(mod).find(([k, v]) => /PREFIX$/.test(k) && typeof v === 'string')?.[1] as string;
  const schema = Object.values(mod).find((v) => v !== null && typeof v === 'object' && Object.values(v).length > 0 && Object.values(v).every((s) => typeof s === 'object' && s !== null && 'kind' in s)) as Schema;
  if (!prefix || !schema) throw new Error(`no prefix or schema found in src/widgets/${name}/schema.ts`);
  return { name, prefix, schema };
}

function widgetsOf(slug: string): string[] {
  return [...readFileSync(`chapters/${slug}.mdx`, 'utf8').matchAll(/<Widget\s+name="([^"]+)"/g)].map((m) => m[1]);
}

/** A random query for the chapter's widgets, and how many link values each widget should report. */
function randomQuery(rng: Rng, widgets: WidgetSchema[]): { query: URLSearchParams; expected: Map<string, number> } {
  const query = new URLSearchParams();
  const expected = new Map<string, number>();
  for (const w of widgets) {
    let problems = 0;
    for (const [key, spec] of Object.entries(w.schema)) {
      if (rng.next() < 0.35) continue;
      let raw = randomValue(rng, spec);
      if (query.toString().length + encodeURIComponent(raw).length > URL_BUDGET) raw = rng.pick(HOSTILE_TEXT.slice(0, 6));
      query.set(`${w.prefix}.${key}`, raw);
      if (coerce(spec, raw).problem) problems++;
    }
    expected.set(w.name, problems);
  }
  return { query, expected };
}

/** Text fields a reader can type into (number inputs and sliders are the link values' job). */
const TEXT_FIELDS = 'main input:not([type]):visible, main input[type="text"]:visible, main input[type="search"]:visible, main textarea:visible';

async function typeIntoFields(page: Page, rng: Rng): Promise<void> {
  const fields = page.locator(TEXT_FIELDS);
  const n = await fields.count();
  for (let i = 0; i < n; i++) {
    const field = fields.nth(i);
    if (!(await field.isEditable())) continue;
    const text = randomText(rng, 'any');
    await field.scrollIntoViewIfNeeded();
    // Short strings key by key (exercises key handlers); long ones pasted.
    if (Array.from(text).length <= 12 && !/[\u0000-\u001f\u007f]/.test(text)) {
      await field.fill('');
      await field.pressSequentially(text);
    } else {
      await field.fill(text);
    }
  }
}

/** NaN drawn as a number: an SVG attribute, or a text node that is only a NaN value. */
async function drawnNaN(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('[data-widget] *')) {
      for (const attr of el.getAttributeNames()) if (/NaN/.test(el.getAttribute(attr) ?? '') && !/^(aria-|data-)/.test(attr)) found.push(`<${el.tagName} ${attr}="${el.getAttribute(attr)}">`);
    }
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/^[-−]?NaN\s*(%|×|s|ms)?$/.test((node.textContent ?? '').trim())) found.push(`text "${node.textContent}" in <${node.parentElement?.tagName}>`);
    }
    return found;
  });
}

for (const [index, { slug }] of outline.entries()) {
  test(`fuzz: ${slug} survives random link values and typed text`, async ({ page, consoleErrors }) => {
    test.skip(REPLAY !== null && REPLAY.slug !== slug, 'replaying another chapter');
    test.setTimeout(BUDGET_MS + 90_000);
    const widgets = await Promise.all(widgetsOf(slug).map(loadSchema));
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    const seeds = REPLAY ? [REPLAY.seed] : Array.from({ length: CASES }, (_, k) => BASE_SEED + index * 1000 + k);
    const started = Date.now();
    for (const seed of seeds) {
      if (Date.now() - started > BUDGET_MS && seed !== seeds[0]) break;
      const rng = prng(seed);
      const { query, expected } = randomQuery(rng, widgets);
      const url = `/chapters/${slug}?${query.toString()}`;
      const where = `seed ${seed}; replay: FUZZ_REPLAY=${slug}:${seed}; url: ${url.length > 600 ? `${url.slice(0, 600)}… (${url.length} chars)` : url}`;
      const caseStart = Date.now();
      const response = await page.goto(url);
      expect(response?.status(), where).toBeLessThan(400);
      await expect(page.locator('article.chapter h1'), where).toBeVisible();
      await settle(page);
      await expect(page.locator('[data-widget]'), where).toHaveCount(widgets.length);
      for (const w of widgets) {
        const el = page.locator(`[data-widget="${w.name}"]`);
        await expect(el, `${w.name} visible; ${where}`).toBeVisible();
        await expect(el.locator('.widget-notice li'), `${w.name} link notices; ${where}`).toHaveCount(expected.get(w.name) ?? 0);
      }
      const loadedMs = Date.now() - caseStart;
      await typeIntoFields(page, rng);
      await page.waitForTimeout(400);
      await settle(page);
      await expect(page.locator('article.chapter h1'), where).toBeVisible();
      for (const w of widgets) await expect(page.locator(`[data-widget="${w.name}"]`), `${w.name} visible after typing; ${where}`).toBeVisible();
      expect(await drawnNaN(page), `NaN drawn; ${where}`).toEqual([]);
      expect(dialogs, `dialogs opened; ${where}`).toEqual([]);
      expect(consoleErrors, `console errors or warnings; ${where}`).toEqual([]);
      const notices = [...expected.values()].reduce((a, b) => a + b, 0);
      console.log(`fuzz ${slug} seed ${seed}: ${query.size} link values, ${notices} notices, loaded in ${loadedMs} ms, done in ${Date.now() - caseStart} ms`);
    }
  });
}
