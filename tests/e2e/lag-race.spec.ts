import { test, expect, openChapter, type Page } from './fixtures';

const widget = (page: Page) => page.locator('[data-widget="lag-race"]');

test('the lag race trains a simple RNN and an LSTM in workers and charts accuracy against the lag', async ({ page }) => {
  test.setTimeout(120_000);
  await openChapter(page, '03-vanishing-and-exploding-gradients', '?lr.lags=short&lr.steps=50');
  await widget(page).scrollIntoViewIfNeeded();
  await expect(widget(page).getByLabel('lags L')).toHaveValue('short');
  await widget(page).getByRole('button', { name: 'Train both' }).click();
  await expect(widget(page).getByRole('button', { name: 'Stop training' })).toBeVisible();
  await expect(widget(page).locator('.lag-status')).toContainText('Finished', { timeout: 100_000 });
  for (const cell of ['rnn', 'lstm']) {
    await expect(widget(page).locator(`[data-cell="${cell}"] circle[data-done="1"]`)).toHaveCount(4);
  }
  await widget(page).screenshot({ path: 'screenshots/lag-race-desktop.png' });
  await widget(page).getByRole('button', { name: 'Clear results' }).click();
  await expect(widget(page).locator('circle[data-lag]')).toHaveCount(0);
});

test('stopping keeps what was measured and continuing finishes the rest', async ({ page }) => {
  test.setTimeout(120_000);
  await openChapter(page, '03-vanishing-and-exploding-gradients', '?lr.lags=short&lr.steps=100');
  await widget(page).scrollIntoViewIfNeeded();
  await widget(page).getByRole('button', { name: 'Train both' }).click();
  await expect(widget(page).locator('circle[data-lag]').first()).toBeVisible({ timeout: 60_000 });
  await widget(page).getByRole('button', { name: 'Stop training' }).click();
  await expect(widget(page).locator('.lag-status')).toContainText('Stopped');
  // Settings are locked while training and free again once stopped.
  await expect(widget(page).getByLabel('lags L')).toBeEnabled();
  await widget(page).getByRole('button', { name: 'Continue training' }).click();
  await expect(widget(page).locator('.lag-status')).toContainText('Finished', { timeout: 100_000 });
});
