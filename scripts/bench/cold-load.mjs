// Cold-load measurements of `npm run bench`: each chapter opened in a fresh browser
// context (empty cache, no service worker), as a first-time reader opens it.
// (a) the JavaScript fetched by the time the first equation (`.katex`) is in the
// page, gzip-compressed as a server would send it; (b) the cumulative layout shift
// (Layout Instability API) over a scripted scroll from the top to the bottom.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const gzipCache = new Map();
/** gzip size in bytes of a built file, by its URL path. */
function gzipSize(dist, path) {
  if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(readFileSync(`${dist}${path}`)).length);
  return gzipCache.get(path);
}

/** Installed before any page script: notes when the first .katex appears and which scripts had arrived. */
function watchFirstEquation() {
  const scripts = () => performance.getEntriesByType('resource')
    .filter((e) => new URL(e.name).pathname.endsWith('.js'))
    .map((e) => ({ path: new URL(e.name).pathname, end: e.responseEnd }));
  const check = () => {
    if (window.__firstEquation || !document.querySelector('article.chapter .katex')) return false;
    const at = performance.now();
    window.__firstEquation = { at, scripts: scripts().filter((s) => s.end <= at) };
    return true;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  document.addEventListener('DOMContentLoaded', () => { if (!check()) observer.observe(document.body, { childList: true, subtree: true }); });
}

/** Installed before any page script: sums layout shifts not caused by recent input. */
function watchLayoutShift() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) window.__shifts.push({ value: e.value, time: e.startTime, sources: (e.sources ?? []).map((s) => s.node?.className?.toString?.().slice(0, 60) ?? s.node?.nodeName ?? '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function freshPage(browser, viewport) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  return { context, page };
}

/** (a) Scripts (gzip kB) loaded when the chapter's first equation appears, on a cold load. */
export async function scriptsBeforeFirstEquation(browser, base, slug, { dist = 'dist', viewport = { width: 1366, height: 900 } } = {}) {
  const { context, page } = await freshPage(browser, viewport);
  try {
    await page.addInitScript(watchFirstEquation);
    await page.goto(`${base}/chapters/${slug}`);
    await page.waitForFunction(() => window.__firstEquation !== undefined, null, { timeout: 60_000 });
    const { at, scripts } = await page.evaluate(() => window.__firstEquation);
    const bytes = scripts.reduce((sum, s) => sum + gzipSize(dist, s.path), 0);
    const katexRuntime = scripts.some((s) => readFileSync(`${dist}${s.path}`, 'utf8').includes('KaTeX parse error'));
    return { slug, gzipKB: bytes / 1024, scripts: scripts.length, atMs: at, katexRuntime };
  } finally {
    await context.close();
  }
}

/** (b) Cumulative layout shift over a scripted scroll through the chapter, on a cold load. */
export async function layoutShiftOverScroll(browser, base, slug, { viewport = { width: 1366, height: 900 }, stepPauseMs = 250 } = {}) {
  const { context, page } = await freshPage(browser, viewport);
  try {
    await page.addInitScript(watchLayoutShift);
    await page.goto(`${base}/chapters/${slug}`);
    await page.locator('article.chapter .katex').first().waitFor();
    // Scroll a screen at a time until the bottom stays the bottom (widgets may still be arriving).
    let stuck = 0;
    for (let k = 0; k < 400 && stuck < 4; k++) {
      const moved = await page.evaluate(() => {
        const before = window.scrollY;
        window.scrollBy(0, Math.round(window.innerHeight * 0.8));
        return window.scrollY !== before;
      });
      stuck = moved ? 0 : stuck + 1;
      await page.waitForTimeout(stepPauseMs);
    }
    await page.waitForTimeout(1000);
    const shifts = await page.evaluate(() => window.__shifts);
    // The total, and the largest session window (gaps < 1 s, windows ≤ 5 s), as web-vitals reports it.
    let total = 0;
    let windowed = 0;
    let current = 0;
    let first = -Infinity;
    let last = -Infinity;
    for (const s of shifts) {
      total += s.value;
      if (s.time - last < 1000 && s.time - first < 5000) current += s.value;
      else { current = s.value; first = s.time; }
      last = s.time;
      windowed = Math.max(windowed, current);
    }
    const worst = [...shifts].sort((a, b) => b.value - a.value).slice(0, 3);
    return { slug, cls: total, sessionWindow: windowed, shifts: shifts.length, worst };
  } finally {
    await context.close();
  }
}
