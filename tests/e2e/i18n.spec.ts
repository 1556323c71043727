import { test, expect, openChapter, type Page } from './fixtures';

const CHAPTER = '03-vanishing-and-exploding-gradients';
const lab = (page: Page) => page.locator('[data-widget="gradient-flow"]');

test('switching the language keeps every widget setting and the address', async ({ page }) => {
  await openChapter(page, CHAPTER);
  const rho = lab(page).getByRole('slider', { name: /spectral radius|스펙트럼 반경/ });
  await expect(lab(page).locator('.distance-chart')).toBeVisible();
  await rho.focus();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/gf\.rho=1\.\d+/);
  const value = await rho.inputValue();
  const url = page.url();
  const heading = await page.locator('article.chapter h1').innerText();

  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.locator('article.chapter')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('article.chapter h1')).not.toHaveText(heading);
  await expect(lab(page).locator('.distance-chart')).toBeVisible();
  await expect(rho).toHaveValue(value);
  expect(page.url()).toBe(url);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('article.chapter h1')).toHaveText(heading);
  await expect(rho).toHaveValue(value);
  expect(page.url()).toBe(url);
});

test('the language choice is remembered, and ?lang in a link wins over it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/?lang=ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('button', { name: '한국어' })).toHaveAttribute('aria-pressed', 'true');
  // A switch on a page opened with ?lang follows into the address, so a reload keeps it.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/lang=en/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('interface strings added for presenting are translated', async ({ page }) => {
  await openChapter(page, CHAPTER, '?lang=ko');
  await expect(page.getByRole('button', { name: /발표 모드/ })).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: '단축키' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('p');
  await expect(page.locator('.presenter-bar')).toContainText('슬라이드');
});
