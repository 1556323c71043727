/** Pinned runs in chapter 1's trainer: recorded when pinned, retrained in the worker from a link. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openChapter, VIEWPORTS, type Page } from './fixtures';

const CHAPTER = '01-rnn-language-models';
test.describe.configure({ timeout: 240_000 });
const widget = (page: Page) => page.locator('[data-widget="lm-trainer"]');
const names = (page: Page) => widget(page).locator('.pin-legend .pin-name');
const ghosts = (page: Page) => widget(page).locator('[data-pin-line] path[data-series$=" train"]');

test('LM trainer: pin a short run, change the cell, compare, reload the link (retrained), Korean, remove and Reset', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.desktop);
  await openChapter(page, CHAPTER, '?lt.cell=rnn&lt.batch=4');
  const w = widget(page);
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByRole('button', { name: 'Pin this run' })).toBeDisabled();
  for (let i = 1; i <= 3; i++) {
    await w.getByRole('button', { name: 'One step' }).click();
    await expect(w.getByTestId('lt-step')).toHaveText(String(i), { timeout: 90_000 });
  }
  await w.getByRole('button', { name: 'Pin this run' }).focus();
  await page.keyboard.press('Enter');
  await expect(names(page)).toHaveText(['pinned: same settings, step 3']);
  await expect(page).toHaveURL(/lt\.pin=cell_rnn-batch_4-n_3/);
  await expect(ghosts(page)).toHaveCount(1);

  await w.getByLabel('cell').selectOption('lstm');
  await expect(names(page)).toHaveText(['pinned: simple RNN']);
  await w.getByRole('button', { name: 'One step' }).click();
  await expect(w.getByTestId('lt-step')).toHaveText('1', { timeout: 90_000 });
  await expect(w.locator('path[data-series="held-out"]')).toBeVisible();
  await expect(ghosts(page)).toHaveCount(1);
  await w.locator('.data-table summary').click();
  await expect(w.locator('.data-table th').last()).toHaveText('held-out loss, pinned: simple RNN');
  await w.screenshot({ path: 'screenshots/pins-lm-desktop.png' });

  // A reload has no recorded curves: the pin is retrained from its settings in the worker.
  await page.reload();
  await w.scrollIntoViewIfNeeded();
  await expect(names(page)).toHaveText(['pinned: simple RNN']);
  await expect(ghosts(page)).toHaveCount(1, { timeout: 120_000 });
  await expect(w.locator('[data-pin-line] circle')).toHaveCount(1); // held-out at step 0 (the next is at step 10)
  const results = await new AxeBuilder({ page }).include('[data-widget="lm-trainer"]').analyze();
  expect(results.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  await page.getByRole('button', { name: '한국어' }).click();
  await expect(names(page)).toHaveText(['고정: 간단한 RNN']);
  await page.setViewportSize(VIEWPORTS.phone);
  await w.screenshot({ path: 'screenshots/pins-lm-phone-ko.png' });
  await w.getByRole('button', { name: '고정한 실행 “간단한 RNN” 제거' }).click();
  await expect(names(page)).toHaveCount(0);
  await expect(ghosts(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/lt\.pin/);
  await page.goto(`${page.url()}&lt.pin=batch_8&lt.pin=cell_gru`);
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('.widget-notice')).toContainText('pin 2');
  await expect(names(page)).toHaveCount(1);
  await w.getByRole('button', { name: '초기화', exact: true }).click();
  await expect(names(page)).toHaveCount(0);
});
