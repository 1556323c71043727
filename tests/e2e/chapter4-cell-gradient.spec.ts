import { test, expect, openChapter, VIEWPORTS, type Page } from './fixtures';

const widget = (page: Page) => page.locator('[data-widget="cell-gradient"]');
const lstmPath = (page: Page) => widget(page).locator('path[data-series^="LSTM ‖∂J(T)/∂c(t)‖"]').getAttribute('d');

test('cell-gradient: both curves on one log scale, the forget bias and lag change them, the link goes to chapter 3', async ({ page }) => {
  await openChapter(page, '04-lstm');
  const w = widget(page);
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('.distance-chart')).toBeVisible();
  await expect(w.locator('path[data-series="simple RNN ‖∂J(T)/∂h(t)‖"]')).toHaveCount(1);
  await expect(w.locator('.cg-summary')).toContainText('times more');
  const before = await lstmPath(page);
  const bias = w.getByRole('slider', { name: /forget-gate bias/ });
  await bias.focus();
  for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/cg\.forgetBias=1/);
  await expect.poll(() => lstmPath(page)).not.toBe(before);
  await expect(w.getByRole('link', { name: /Race a simple RNN/ })).toHaveAttribute('href', /lr\.forgetBias=1#a-race-over-long-time-lags/);
  const lag = w.getByRole('slider', { name: /lag L/ });
  await lag.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/cg\.lag=51/);
  await page.setViewportSize(VIEWPORTS.desktop);
  await w.screenshot({ path: 'screenshots/chapter4-cell-gradient-desktop.png' });
  await page.setViewportSize(VIEWPORTS.phone);
  await w.screenshot({ path: 'screenshots/chapter4-cell-gradient-phone.png' });
});

test('cell-gradient: training both in the workers redraws the curves from the trained weights', async ({ page }) => {
  test.setTimeout(120_000);
  await openChapter(page, '04-lstm', '?cg.lag=5');
  const w = widget(page);
  await w.scrollIntoViewIfNeeded();
  const before = await lstmPath(page);
  await w.getByRole('button', { name: /Train both on this lag/ }).click();
  await expect(w.getByRole('button', { name: 'Back to the untrained models' })).toBeVisible({ timeout: 90_000 });
  await expect(w.locator('.chart-title', { hasText: 'after training' })).toBeVisible();
  await expect(w.locator('.cg-training')).toContainText(/LSTM \d+% after \d+ steps/);
  expect(await lstmPath(page)).not.toBe(before);
  await w.screenshot({ path: 'screenshots/chapter4-cell-gradient-trained-desktop.png' });
});
