/** Pinned runs in chapter 3's exploding-gradients run: recomputed in the worker from the link's settings. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openChapter, VIEWPORTS, type Page } from './fixtures';

const CHAPTER = '03-vanishing-and-exploding-gradients';
test.describe.configure({ timeout: 180_000 });
const widget = (page: Page) => page.locator('[data-widget="exploding-clipping"]');
const ghost = (page: Page, chart: string) => widget(page).locator(`[data-chart="${chart}"] path[data-line^="pin "]`);
const names = (page: Page) => widget(page).locator('.pin-legend .pin-name');

test('exploding gradients: pin the blown-up run, switch clipping on, compare, reload the link, Korean, remove and Reset', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.desktop);
  await openChapter(page, CHAPTER);
  const w = widget(page);
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByRole('button', { name: 'Pin this run' })).toBeDisabled();
  await w.getByRole('button', { name: 'Train' }).click();
  await expect(w.locator('[data-chart="loss-chart"] .ec-nonfinite')).toBeVisible({ timeout: 60_000 });
  const blownAt = Number(await w.locator('[data-chart="loss-chart"] .ec-nonfinite').getAttribute('data-nonfinite-step'));

  await w.getByRole('button', { name: 'Pin this run' }).focus();
  await page.keyboard.press('Enter');
  await expect(names(page)).toHaveText(['pinned: same settings']);
  await expect(ghost(page, 'loss-chart')).toHaveCount(1);
  await expect(ghost(page, 'grad-chart')).toHaveCount(1);
  await expect(page).toHaveURL(new RegExp(`ec\\.pin=n_${blownAt}(&|$)`));

  // Clipping on, a fresh run: the pinned unclipped run stays as a ghost beside the clipped one.
  await w.getByLabel('gradient clipping').focus();
  await page.keyboard.press('Space');
  await expect(names(page)).toHaveText(['pinned: clip off']);
  await w.getByRole('button', { name: 'Reset run' }).click();
  await w.getByRole('button', { name: 'Train' }).click();
  await expect.poll(() => w.locator('[data-chart="grad-chart"] [data-line="main"] [data-clipped-step]').count(), { timeout: 30_000 }).toBeGreaterThan(3);
  await w.getByRole('button', { name: 'Pause' }).click();
  const livePath = await w.locator('[data-chart="loss-chart"] [data-line="main"] > path').getAttribute('d');
  expect(await ghost(page, 'loss-chart').getAttribute('d')).not.toBe(livePath);
  await w.locator('.data-table summary').click();
  await expect(w.locator('.data-table td', { hasText: 'pinned: clip off' }).first()).toBeVisible();
  await w.screenshot({ path: 'screenshots/pins-exploding-desktop.png' });

  // The link alone reproduces the ghost, recomputed in a fresh worker.
  const ghostPath = await ghost(page, 'grad-chart').getAttribute('d');
  await page.reload();
  await w.scrollIntoViewIfNeeded();
  await expect(names(page)).toHaveText(['pinned: clip off']);
  await expect(ghost(page, 'grad-chart')).toHaveCount(1, { timeout: 60_000 });
  expect(await ghost(page, 'grad-chart').getAttribute('d')).toBe(ghostPath);
  const results = await new AxeBuilder({ page }).include('[data-widget="exploding-clipping"]').analyze();
  expect(results.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  await page.getByRole('button', { name: '한국어' }).click();
  await expect(names(page)).toHaveText(['고정: 클리핑 끔']);
  await page.setViewportSize(VIEWPORTS.phone);
  await w.screenshot({ path: 'screenshots/pins-exploding-phone-ko.png' });
  await w.getByRole('button', { name: '고정한 실행 “클리핑 끔” 제거' }).click();
  await expect(names(page)).toHaveCount(0);
  await expect(ghost(page, 'loss-chart')).toHaveCount(0);
  await expect(page).not.toHaveURL(/ec\.pin/);

  await page.goto(`${page.url()}&ec.pin=rho_1.2&ec.pin=lr_7`);
  await w.scrollIntoViewIfNeeded();
  await expect(names(page)).toHaveText(['고정: ρ = 1.2, 클리핑 끔']);
  await expect(w.locator('.widget-notice')).toContainText('pin 2');
  await w.getByRole('button', { name: '초기화', exact: true }).click();
  await expect(names(page)).toHaveCount(0);
  await expect(w.getByLabel('기울기 클리핑', { exact: true })).not.toBeChecked();
});
