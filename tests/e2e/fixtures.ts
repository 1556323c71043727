/**
 * The shared browser-test fixture: every page a test opens is watched for console
 * errors and uncaught exceptions, and a test fails if any appeared. A test that
 * breaks something on purpose (a blocked download) matches the console lines that
 * failure is expected to cause with `expectedConsole`; anything else still fails it.
 */
import { test as base, expect, type Page } from '@playwright/test';
export type { Page };
import { mkdirSync } from 'node:fs';

export const SCREENSHOT_DIR = 'screenshots';

// One pattern, not a list: Playwright would read an array given to test.use as [value, options].
export const test = base.extend<{ consoleErrors: string[]; expectedConsole: RegExp | null }>({
  expectedConsole: [null, { option: true }],
  consoleErrors: [
    async ({ page, expectedConsole }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() !== 'error' && msg.type() !== 'warning') return;
        const line = `${msg.type()}: ${msg.text()}`;
        if (!expectedConsole?.test(line)) errors.push(line);
      });
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      await use(errors);
      expect(errors, 'console errors or warnings on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * For tests that block requests with page.route: no service worker (it would answer
 * from its cache, unseen by the routes), and the lines that blocking makes the
 * browser (not the page) log.
 */
export const ROUTED_REQUESTS = {
  serviceWorkers: 'block' as const,
  expectedConsole: /^warning: Service Worker registration blocked by Playwright$|^error: Failed to load resource: net::ERR_FAILED$/,
};

export const VIEWPORTS = {
  desktop: { width: 1366, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/** Full-page screenshot into screenshots/, for a person to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** Waits until the chapter's MDX chunk has rendered its title and KaTeX. */
export async function openChapter(page: Page, slug: string, query = ''): Promise<void> {
  await page.goto(`/chapters/${slug}${query}`);
  await expect(page.locator('article.chapter h1')).toBeVisible();
}

/**
 * Waits until every widget on the page has mounted and finished loading its data.
 * (Not 'networkidle': the service worker's precache keeps the network busy on a
 * first visit.)
 */
export async function settle(page: Page): Promise<void> {
  await expect(page.locator('.widget-loading, [aria-busy="true"]')).toHaveCount(0, { timeout: 90_000 });
}

/** Opens the diagnostics panel (the `d` key) and returns it. */
export async function openDiagnostics(page: Page) {
  await page.keyboard.press('d');
  const dialog = page.getByRole('dialog', { name: 'Diagnostics' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** What the page's read-only diagnostics handle says about its compute workers. */
export async function liveWorkers(page: Page) {
  return page.evaluate(() => window.__rnnNotebook!.workers().filter((w) => w.alive));
}

/** The workers' latest tensor counts (asks them, then reads their answers). */
export async function workerTensors(page: Page): Promise<number[]> {
  await page.evaluate(() => window.__rnnNotebook!.requestWorkerStats());
  await page.waitForTimeout(300);
  return page.evaluate(() => window.__rnnNotebook!.workers().filter((w) => w.alive && w.tensors !== null).map((w) => w.tensors!));
}

/** Live tensors on the main thread. */
export async function mainTensors(page: Page): Promise<number> {
  return page.evaluate(() => window.__rnnNotebook!.mainTensors());
}
