/**
 * The shared browser-test fixture: every page a test opens is watched for console
 * errors and uncaught exceptions, and a test fails if any appeared.
 */
import { test as base, expect, type Page } from '@playwright/test';
export type { Page };
import { mkdirSync } from 'node:fs';

export const SCREENSHOT_DIR = 'screenshots';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') errors.push(`${msg.type()}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      await use(errors);
      expect(errors, 'console errors or warnings on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

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
