import { test, expect, openChapter, VIEWPORTS, type Page } from './fixtures';

const CHAPTER = '03-vanishing-and-exploding-gradients';
const widget = (page: Page) => page.locator('[data-widget="exploding-clipping"]');
const linePath = (page: Page, chart: string, line: string) => widget(page).locator(`[data-chart="${chart}"] [data-line="${line}"] > path`).getAttribute('d');

async function openWidget(page: Page, query = '') {
  await openChapter(page, CHAPTER, query);
  await widget(page).scrollIntoViewIfNeeded();
  await expect(widget(page).locator('[data-chart="grad-chart"]')).toBeVisible();
}

test('the default run blows up: the NaN is marked on both charts, explained, and a clipped replay draws a second line', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.desktop);
  await openWidget(page);
  const w = widget(page);
  await w.getByRole('button', { name: 'Train' }).click();
  const marker = w.locator('[data-chart="loss-chart"] .ec-nonfinite');
  await expect(marker).toBeVisible({ timeout: 30_000 });
  await expect(marker).toContainText(/NaN|∞/);
  await expect(w.locator('[data-chart="grad-chart"] .ec-nonfinite')).toBeVisible();
  await expect(w.locator('.ec-summary')).toContainText(/At step \d+ the (loss|gradient) became (NaN|infinite)/);
  await expect(w.locator('.ec-summary')).toContainText('Clipping at 1 would have scaled');
  await expect(w.getByRole('button', { name: 'Continue' })).toBeDisabled();
  await w.screenshot({ path: 'screenshots/exploding-clipping-blown-desktop.png' });

  const replay = w.getByRole('button', { name: /Replay from step \d+ with clipping on/ });
  await replay.click();
  await expect(w.getByLabel('gradient clipping')).toBeChecked();
  await expect(page).toHaveURL(/ec\.clip=1/);
  await expect.poll(async () => (await w.locator('[data-line="branch"] [data-clipped-step]').count()), { timeout: 15_000 }).toBeGreaterThan(5);
  await expect(w.locator('[data-chart="grad-chart"] [data-threshold]')).toBeVisible();
  await w.getByRole('button', { name: 'Pause' }).click();
  expect(await linePath(page, 'loss-chart', 'branch')).toMatch(/^M[\d.]+,[\d.]+L/);
  await expect(w.locator('.ec-summary')).toContainText(/Replay from step \d+ with clipping: \d+ of \d+ steps were scaled down, every loss stayed finite/);
  await w.screenshot({ path: 'screenshots/exploding-clipping-replay-desktop.png' });
  await page.setViewportSize(VIEWPORTS.phone);
  await w.screenshot({ path: 'screenshots/exploding-clipping-replay-phone.png' });
});

test('clipping switched on while training changes the run live; pause, step and reset work', async ({ page }) => {
  await openWidget(page);
  const w = widget(page);
  await w.getByRole('button', { name: 'Step' }).click();
  await expect(w.locator('.ec-summary')).toContainText('Step 1:');
  // Switch clipping on with the keyboard before the blow-up: the run stays finite.
  await w.getByLabel('gradient clipping').focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/ec\.clip=1/);
  await w.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(async () => w.locator('[data-line="main"] [data-clipped-step]').count(), { timeout: 15_000 }).toBeGreaterThan(10);
  await expect(w.locator('.ec-nonfinite')).toHaveCount(0);
  // Raising the threshold while running applies to the next steps: fewer of them are clipped.
  await w.getByRole('slider', { name: 'clipping threshold' }).focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/ec\.threshold=10/);
  await expect(w.locator('[data-threshold="10"]')).toBeVisible();
  await w.getByRole('button', { name: 'Pause' }).click();
  await expect(w.getByRole('button', { name: 'Continue' })).toBeEnabled();
  await w.getByRole('button', { name: 'Reset run' }).click();
  await expect(w.locator('[data-chart="loss-chart"] [data-line="main"] > path')).toHaveAttribute('d', '');
  await expect(w.locator('.ec-summary')).toContainText('Press Train');
});

test('ρ, learning rate and seed reset the run; the URL round-trips the settings', async ({ page }) => {
  await openWidget(page, '?ec.rho=0.8&ec.lr=0.05&ec.clip=1&ec.threshold=2&ec.seed=7');
  const w = widget(page);
  await expect(w.getByRole('slider', { name: /spectral radius/ })).toHaveValue('0.8');
  await expect(w.getByLabel('gradient clipping')).toBeChecked();
  await expect(w.getByLabel('seed')).toHaveValue('7');
  await expect(w.getByRole('slider', { name: 'clipping threshold' })).toHaveAttribute('aria-valuetext', '2');
  await expect(w.getByRole('slider', { name: 'learning rate α' })).toHaveAttribute('aria-valuetext', '0.05');
  await w.getByRole('button', { name: 'Step' }).click();
  await w.getByRole('button', { name: 'Step' }).click();
  await expect(w.locator('.ec-summary')).toContainText('Step 2:');
  const before = await linePath(page, 'loss-chart', 'main');
  await w.getByRole('slider', { name: /spectral radius/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/ec\.rho=0\.85/);
  await expect(w.locator('[data-line="main"] > path').first()).toHaveAttribute('d', '');
  await w.getByRole('button', { name: 'Step' }).click();
  await w.getByRole('button', { name: 'Step' }).click();
  await expect(w.locator('.ec-summary')).toContainText('Step 2:');
  expect(await linePath(page, 'loss-chart', 'main')).not.toBe(before);
  await w.getByLabel('seed').fill('8');
  await expect(page).toHaveURL(/ec\.seed=8/);
  await expect(w.locator('.ec-summary')).toContainText('Press Train');
  await page.reload();
  await expect(widget(page).getByRole('slider', { name: /spectral radius/ })).toHaveValue('0.85');
  await expect(widget(page).getByLabel('seed')).toHaveValue('8');
});
