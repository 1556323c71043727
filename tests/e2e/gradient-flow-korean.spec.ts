import { test, expect, openChapter, type Page } from './fixtures';

const CHAPTER = '03-vanishing-and-exploding-gradients';
const lab = (page: Page) => page.locator('[data-widget="gradient-flow"]');

test('the gradient lab speaks Korean and keeps its settings across a language switch', async ({ page }) => {
  await openChapter(page, CHAPTER, '?lang=ko&gf.rho=1.1&gf.truncation=10&gf.clip=1');
  const w = lab(page);
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByText('시간을 거스르는 기울기의 흐름')).toBeVisible();
  await expect(w.getByRole('button', { name: '초기화' })).toBeVisible();
  await expect(w.getByRole('slider', { name: '스펙트럼 반경 ρ' })).toHaveValue('1.1');
  await expect(w.getByLabel('기울기 클리핑', { exact: true })).toBeChecked();
  await expect(w.locator('.chart-title').first()).toHaveText('마지막 timestep 손실의 기울기, 거리별');
  await expect(w.locator('.distance-chart')).toContainText('절단됨: 정확히 0');
  await expect(w.locator('.gf-summary')).toContainText('절단 길이 k = 10');
  await expect(w.locator('.power-equation .katex').first()).toBeVisible();
  await expect(w.locator('.katex-error')).toHaveCount(0);
  const ko = await w.locator('.gf-summary').innerText();
  const url = page.url();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(w.getByText('Gradient flow through time')).toBeVisible();
  await expect(w.getByRole('slider', { name: 'spectral radius ρ' })).toHaveValue('1.1');
  await expect(w.getByLabel('truncation window k')).toHaveValue('10');
  await expect(w.locator('.gf-summary')).toContainText('window k = 10');
  expect(page.url().replace(/lang=\w+&?/, '')).toBe(url.replace(/lang=\w+&?/, ''));

  await page.getByRole('button', { name: '한국어' }).click();
  await expect(w.getByRole('slider', { name: '스펙트럼 반경 ρ' })).toHaveValue('1.1');
  await expect.poll(() => w.locator('.gf-summary').innerText()).toBe(ko);
});
