import outline from '../../chapters/outline.json' with { type: 'json' };
import { test, expect } from './fixtures';

const slugs = outline.map((c) => c.slug);

test('after one visit, every chapter (both languages) renders its text and equations with no network', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The worker precaches everything while installing; `ready` means it is active.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);

  await context.setOffline(true);
  for (const lang of ['en', 'ko']) {
    for (const slug of slugs) {
      await page.goto(`/chapters/${slug}?lang=${lang}`);
      await page.reload();
      const article = page.locator('article.chapter');
      await expect(article.locator('h1')).toBeVisible();
      await expect(article).toHaveAttribute('lang', lang);
      await expect(article.locator('.katex').first()).toBeVisible();
      await expect(article.locator('.katex-error')).toHaveCount(0);
      expect((await article.innerText()).length).toBeGreaterThan(2000);
    }
  }
  // A widget's lazily loaded chunk comes from the cache too.
  await page.goto('/chapters/03-vanishing-and-exploding-gradients');
  await expect(page.locator('[data-widget="gradient-flow"] .distance-chart')).toBeVisible();
  // And the home page.
  await page.goto('/');
  await expect(page.locator('.chapter-cards a')).toHaveCount(slugs.length);
  await context.setOffline(false);
});
