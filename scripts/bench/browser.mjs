// The page-level measurements of `npm run bench`, in Debian's chromium against the
// production build: each chapter's cold load (scripts before the first equation,
// layout shift over a scroll), mouse drags of two sliders, the main thread while
// the lag race trains, and the bench page's in-browser timings.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { CHROMIUM } from '../ensure-chromium.mjs';
import { layoutShiftOverScroll, scriptsBeforeFirstEquation } from './cold-load.mjs';
import { dragClippingThreshold, dragGradientFlow } from './drag.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
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
    const out = {};
    const slugs = JSON.parse(readFileSync('chapters/outline.json', 'utf8')).map((c) => c.slug);
    out.coldLoad = [];
    for (const slug of slugs) {
      out.coldLoad.push({ ...(await scriptsBeforeFirstEquation(browser, prodBase, slug)), ...(await layoutShiftOverScroll(browser, prodBase, slug)) });
    }
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    out.drag = {
      rnn: await dragGradientFlow(page, prodBase, 'rnn'),
      lstm: await dragGradientFlow(page, prodBase, 'lstm'),
      threshold: await dragClippingThreshold(page, prodBase),
    };
    if (benchBase) {
      out.training = await mainThreadWhileTraining(page, prodBase, quick ? 4 : 10);
      await page.goto(`${benchBase}/${quick ? '?quick' : ''}`);
      await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 600_000 });
      out.page = await page.evaluate(() => window.__bench);
    }
    return out;
  } finally {
    await browser.close();
  }
}
