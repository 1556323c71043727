import AxeBuilder from '@axe-core/playwright';
import outline from '../../chapters/outline.json' with { type: 'json' };
import { test, expect, snap, openChapter, settle, VIEWPORTS } from './fixtures';

const slugs = outline.map((c) => c.slug);

test('the home page is accessible and shows reading progress', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('progress')).toContainText('0 / 5');
  await openChapter(page, slugs[2]);
  await expect(page.locator('[data-widget="gradient-flow"] .distance-chart')).toBeVisible();
  await page.locator('[data-widget="gradient-flow"]').getByLabel('gradient clipping').check();
  await page.goto('/');
  await expect(page.getByTestId('progress')).toContainText('1 / 5');
  await expect(page.locator(`.chapter-cards a[href="/chapters/${slugs[2]}"] .visited-mark`)).toBeVisible();
  await expect(page.locator('.visited-mark')).toHaveCount(1);
  await expect(page.getByTestId('progress')).toContainText(/1 \/ \d+$/);
  // Corrupt stored progress falls back silently.
  await page.evaluate(() => localStorage.setItem('rnn-notebook:progress', '{oops'));
  await page.reload();
  await expect(page.getByTestId('progress')).toContainText('0 / 5');
  for (const lang of ['en', 'ko']) {
    await page.goto(`/?lang=${lang}`);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }
});

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
    await settle(page);
    await snap(page, `${slug}-desktop`);
  });

  for (const lang of ['en', 'ko'] as const) {
    test(`chapter ${slug} (${lang}) has no accessibility violations of any severity`, async ({ page }) => {
      test.setTimeout(120_000); // axe over hundreds of KaTeX nodes is slow on two cores
      await openChapter(page, slug, `?lang=${lang}`);
      await expect(page.locator('article.chapter')).toHaveAttribute('lang', lang);
      await settle(page);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });

    test(`chapter ${slug} (${lang}) is readable on a phone`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(VIEWPORTS.phone);
      await openChapter(page, slug, `?lang=${lang}`);
      await settle(page);
      // Nothing wider than the screen: no sideways scrolling of the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
      // The header is not sticky on phones and takes little of the first screen.
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height).toBeLessThan(130);
      await snap(page, `${slug}-${lang}-phone`);
    });
  }
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
  // Wait for the app to render before the first key, or the Tab lands on an empty page.
  await expect(page.locator('.home-hero a.button')).toBeVisible();
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

test('diagnostics: d opens the panel, tfjs loads only then, Esc closes and returns focus', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('.js')) scripts.push(await response.text().catch(() => ''));
  });
  const tfjsLoaded = () => scripts.some((text) => text.includes('has not yet been initialized'));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(tfjsLoaded()).toBe(false);

  await page.keyboard.press('d');
  const panel = page.getByRole('dialog', { name: 'Diagnostics' });
  await expect(panel).toBeVisible();
  await expect(panel.locator('[data-diag="backend"]')).not.toHaveText(/loading/);
  await expect(panel.locator('[data-diag="tensors"]')).toHaveText(/^\d+$/);
  await expect(panel.locator('[data-diag="memory"]')).toContainText('MB');
  await expect(panel.locator('[data-diag="cores"]')).toHaveText(/^\d+$/);
  await expect(panel.locator('[data-diag="user-agent"]')).toContainText('Mozilla');
  // The home page starts no compute worker: nothing to restart.
  await expect(panel.locator('[data-diag="workers"]')).toContainText('No compute worker on this page.');
  await expect(panel.getByRole('button', { name: 'Restart workers' })).toBeDisabled();
  expect(tfjsLoaded()).toBe(true);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  // The header's settings button opens it too, and focus comes back to the button.
  const button = page.getByRole('button', { name: 'Diagnostics' });
  await button.click();
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
});
