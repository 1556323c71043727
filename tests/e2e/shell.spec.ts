import AxeBuilder from '@axe-core/playwright';
import outline from '../../chapters/outline.json' with { type: 'json' };
import { test, expect, snap, openChapter, VIEWPORTS } from './fixtures';

const slugs = outline.map((c) => c.slug);

test('home lists the five chapters and links to each', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const cards = page.locator('.chapter-cards a');
  await expect(cards).toHaveCount(5);
  for (const slug of slugs) await expect(page.locator(`.chapter-cards a[href="/chapters/${slug}"]`)).toHaveCount(1);
  await snap(page, 'home-desktop');
  await page.setViewportSize(VIEWPORTS.phone);
  await snap(page, 'home-phone');
});

for (const slug of slugs) {
  test(`chapter ${slug} renders its text and equations`, async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.desktop);
    await openChapter(page, slug);
    const article = page.locator('article.chapter');
    await expect(article.locator('.katex').first()).toBeVisible();
    await expect(article.locator('.katex-error')).toHaveCount(0);
    const text = await article.innerText();
    expect(text).not.toContain('$$');
    // Every heading in the table of contents links to a heading on the page.
    const tocLinks = page.locator('nav.toc a');
    expect(await tocLinks.count()).toBeGreaterThan(2);
    await page.waitForLoadState('networkidle');
    await snap(page, `${slug}-desktop`);
    await page.setViewportSize(VIEWPORTS.phone);
    await snap(page, `${slug}-phone`);
  });

  test(`chapter ${slug} has no serious accessibility violations`, async ({ page }) => {
    await openChapter(page, slug);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

test('an unknown address shows a not-found page with links to every chapter', async ({ page }) => {
  await page.goto('/chapters/no-such-chapter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
  await expect(page.locator('main a[href^="/chapters/"]')).toHaveCount(5);
  await page.goto('/some/garbage?x=<script>');
  await expect(page.locator('main a[href^="/chapters/"]')).toHaveCount(5);
});

test('a deep link to a heading scrolls to it', async ({ page }) => {
  await openChapter(page, slugs[2]);
  const id = await page.locator('article.chapter h2[id]').nth(2).getAttribute('id');
  expect(id).toBeTruthy();
  await page.goto(`/chapters/${slugs[2]}#${id}`);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('the keyboard alone moves from home through chapters', async ({ page }) => {
  await page.goto('/');
  // The skip link comes first and moves focus into the content.
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  // Tab to the "start" link and follow it.
  const start = page.locator('.home-hero a.button');
  for (let i = 0; i < 20 && !(await start.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/chapters/${slugs[0]}$`));
  await expect(page.locator('article.chapter h1')).toBeVisible();
  // Focus the "next" link by keyboard and follow it.
  const next = page.locator('.pager-next');
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/chapters/${slugs[1]}$`));
  // Back with the browser's history.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/chapters/${slugs[0]}$`));
  await expect(page.locator('article.chapter h1')).toBeVisible();
});

test('the language switch changes interface text and is remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.reload();
  await expect(page.getByRole('button', { name: '한국어' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
