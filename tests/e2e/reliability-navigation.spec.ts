/**
 * No leaks across navigation: all chapters, forward by the "next" links and back by
 * the "previous" links, 20 times over (client-side, no reloads). Afterwards the main
 * thread's tensors are back at their baseline, no compute worker is left (registered
 * or running), and the JS heap has not grown beyond a generous bound.
 */
import outline from '../../chapters/outline.json' with { type: 'json' };
import { test, expect, mainTensors, type Page } from './fixtures';
import config from '../../playwright.config';

const ROUNDS = Number(process.env.NAV_ROUNDS || 20);
const HEAP_GROWTH_LIMIT_MB = 40;

// gc() for honest heap readings, and heap sizes that are not rounded to buckets.
const launch = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...launch, args: [...(launch.args ?? []), '--js-flags=--expose-gc', '--enable-precise-memory-info'] } });

async function heapMb(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const gc = (globalThis as unknown as { gc(): void }).gc;
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 100));
    }
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20;
  });
}

async function follow(page: Page, rel: 'next' | 'prev', slug: string) {
  const t0 = Date.now();
  await page.locator(`.pager a[rel="${rel}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${slug}`));
  await expect(page.locator('article.chapter h1')).toBeVisible();
  // Let the chapter's widgets mount (and start their workers) before leaving.
  await expect(page.locator('[data-widget]').first()).toBeVisible();
  if (process.env.NAV_TIMING) console.log(`${slug}: ${Date.now() - t0} ms`);
}

async function round(page: Page) {
  const slugs = outline.map((c) => c.slug);
  for (const slug of slugs.slice(1)) await follow(page, 'next', slug);
  for (const slug of slugs.slice(0, -1).reverse()) await follow(page, 'prev', slug);
}

const registered = (page: Page) => page.evaluate(() => window.__rnnNotebook!.workers().length);

test(`${ROUNDS} rounds through all chapters leave no tensors, workers or heap behind`, async ({ page }) => {
  // About 2 minutes on a quiet machine; a loaded one (a class's shared server) needs more.
  test.setTimeout(ROUNDS * 40_000 + 60_000);
  await page.goto(`/chapters/${outline[0].slug}`);
  await expect(page.locator('article.chapter h1')).toBeVisible();
  const baselineTensors = await mainTensors(page);
  // One warm-up round loads every chapter's and widget's code once.
  await round(page);
  const warmHeap = await heapMb(page);

  const started = Date.now();
  for (let i = 1; i < ROUNDS; i++) await round(page);
  const seconds = (Date.now() - started) / 1000;

  // Leave the chapters: home has no widgets, so no workers.
  await page.locator('a.site-title').click();
  await expect(page.locator('.chapter-cards')).toBeVisible();
  await expect.poll(() => registered(page)).toBe(0);
  await expect.poll(() => page.workers().length, { message: 'dedicated workers still alive' }).toBe(0);
  expect(await mainTensors(page)).toBe(baselineTensors);
  const endHeap = await heapMb(page);
  const summary = `heap: warm ${warmHeap.toFixed(1)} MB → end ${endHeap.toFixed(1)} MB after ${ROUNDS} rounds (${seconds.toFixed(0)} s)`;
  test.info().annotations.push({ type: 'heap', description: summary });
  console.log(summary);
  expect(endHeap - warmHeap).toBeLessThan(HEAP_GROWTH_LIMIT_MB);
});
