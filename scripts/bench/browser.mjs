// The page-level measurements of `npm run bench`, in Debian's chromium against the
// production build: first-paint JavaScript, a slider drag in the gradient lab, the
// main thread while the lag race trains, and the bench page's in-browser timings.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CHROMIUM } from '../ensure-chromium.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const gzipSize = (file) => gzipSync(readFileSync(file)).length;

/** Static JS closure of a manifest entry: the chunk and everything it imports statically. */
function staticClosure(manifest, key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(entry.file)) return seen;
  seen.add(entry.file);
  for (const dep of entry.imports ?? []) staticClosure(manifest, dep, seen);
  return seen;
}

/**
 * JS a chapter's first paint needs (the entry's and the chapter chunk's static
 * closure, from Vite's manifest), and what the browser had actually fetched by the
 * time the text and equations showed (widget chunks load alongside, after the text).
 */
async function firstPaint(page, base, slug) {
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
  const needed = staticClosure(manifest, 'index.html');
  staticClosure(manifest, `chapters/${slug}.mdx`, needed);
  const neededGzip = [...needed].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipSize(`dist/${f}`), 0);
  const fetched = [];
  const listener = (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js')) fetched.push(url.pathname);
  };
  page.on('response', listener);
  await page.goto(`${base}/chapters/${slug}`);
  await page.locator('article.chapter h1').waitFor();
  await page.locator('article.chapter .katex').first().waitFor();
  page.off('response', listener);
  let fetchedGzip = 0;
  let tfjs = false;
  for (const path of fetched) {
    const file = `dist${path}`;
    fetchedGzip += gzipSize(file);
    if (readFileSync(file, 'utf8').includes('registerKernel')) tfjs = true;
  }
  return { slug, gzipKB: neededGzip / 1024, fetchedKB: fetchedGzip / 1024, scripts: fetched.length, tfjsLoaded: tfjs };
}

/** Drags ρ with the keyboard and reads the lab's own compute timings and the event timings. */
export async function sliderDrag(page, base, cell) {
  await page.goto(`${base}/chapters/03-vanishing-and-exploding-gradients?gf.length=100&gf.activation=tanh&gf.cell=${cell}`);
  const slider = page.locator('[data-widget="gradient-flow"]').getByRole('slider', { name: /spectral radius/ });
  await slider.scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    performance.clearMeasures();
    window.__events = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__events.push({ id: e.interactionId, ms: e.duration }))).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  await slider.focus();
  for (let k = 0; k < 40; k++) {
    await page.keyboard.press(k < 20 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(40);
  }
  return page.evaluate(() => {
    const compute = performance.getEntriesByName('gradient-flow:compute').map((e) => e.duration).sort((a, b) => a - b);
    const events = window.__events.map((e) => e.ms).sort((a, b) => a - b);
    // One key press is one interaction (keydown, input, keyup): its latency is its slowest event.
    const perPress = new Map();
    for (const e of window.__events) if (e.id) perPress.set(e.id, Math.max(perPress.get(e.id) ?? 0, e.ms));
    const presses = [...perPress.values()];
    return {
      recomputes: compute.length,
      computeMedianMs: compute[Math.floor(compute.length / 2)],
      computeMaxMs: compute.at(-1),
      slowEvents: events.length,
      slowestEventMs: events.at(-1) ?? 0,
      pressesOver16: presses.length,
      pressesOver32: presses.filter((ms) => ms > 32).length,
    };
  });
}

/** Starts the lag race and watches the main thread for long tasks while it trains. */
async function mainThreadWhileTraining(page, base, seconds) {
  await page.goto(`${base}/chapters/03-vanishing-and-exploding-gradients?lr.lags=lecture`);
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask' });
  });
  const widget = page.locator('[data-widget="lag-race"]');
  await widget.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.evaluate(() => (window.__long = []));
  await widget.getByRole('button', { name: 'Train both' }).click();
  await page.waitForTimeout(seconds * 1000);
  const longTasks = await page.evaluate(() => window.__long);
  return { seconds, longTasks: longTasks.length, longestTaskMs: Math.max(0, ...longTasks) };
}

export async function browserBench({ prodBase, benchBase, quick }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const out = {};
    const slugs = JSON.parse(readFileSync('chapters/outline.json', 'utf8')).map((c) => c.slug);
    out.firstPaint = [];
    for (const slug of slugs) out.firstPaint.push(await firstPaint(page, prodBase, slug));
    out.slider = { rnn: await sliderDrag(page, prodBase, 'rnn'), lstm: await sliderDrag(page, prodBase, 'lstm') };
    out.training = await mainThreadWhileTraining(page, prodBase, quick ? 4 : 10);
    await page.goto(`${benchBase}/${quick ? '?quick' : ''}`);
    await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 600_000 });
    out.page = await page.evaluate(() => window.__bench);
    return out;
  } finally {
    await browser.close();
  }
}
