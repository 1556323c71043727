import { test, expect, snap, openChapter, VIEWPORTS, type Page } from './fixtures';

const CHAPTER = '03-vanishing-and-exploding-gradients';
const widget = (page: Page) => page.locator('[data-widget="gradient-flow"]');
const measuredPath = (page: Page) => widget(page).locator('.distance-chart path[data-series^="‖∂J(T)/∂h(t)‖"]').first().getAttribute('d');
const summary = (page: Page) => widget(page).locator('.gf-summary').innerText();

async function openLab(page: Page, query = '') {
  await openChapter(page, CHAPTER, query);
  await widget(page).scrollIntoViewIfNeeded();
  await expect(widget(page).locator('.distance-chart')).toBeVisible();
}

/** Moves a range input with the keyboard, as a user would. */
async function pressOn(page: Page, label: RegExp, key: string, times = 1) {
  const control = widget(page).getByRole('slider', { name: label });
  await control.focus();
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

test('the gradient lab draws the unrolled network, the chart, the eigenvalues and the live equation', async ({ page }) => {
  await openLab(page);
  const w = widget(page);
  await expect(w.locator('.unrolled')).toBeVisible();
  expect(await w.locator('.unrolled line[stroke-width]').count()).toBeGreaterThan(30);
  await expect(w.locator('.eigen-plot circle')).toHaveCount(2 + 32);
  await expect(w.locator('.power-equation .katex').first()).toBeVisible();
  await expect(w.locator('.katex-error')).toHaveCount(0);
  expect(await summary(page)).toMatch(/shrinks by a factor of .* exactly ρ\^ℓ/);
  await page.setViewportSize(VIEWPORTS.desktop);
  await w.screenshot({ path: 'screenshots/gradient-flow-desktop.png' });
  await page.setViewportSize(VIEWPORTS.phone);
  await w.screenshot({ path: 'screenshots/gradient-flow-phone.png' });
});

test('spectral radius: moving ρ above 1 turns vanishing into exploding', async ({ page }) => {
  await openLab(page);
  const before = await measuredPath(page);
  await pressOn(page, /spectral radius/, 'PageUp', 3);
  await expect(widget(page).getByRole('slider', { name: /spectral radius/ })).toHaveValue(/^1\.(1|2)/);
  // The pictures redraw in a deferred render, a moment after the slider.
  await expect.poll(() => measuredPath(page)).not.toBe(before);
  await expect(widget(page).locator('.gf-summary')).toContainText('grows');
  await expect(page).toHaveURL(/gf\.rho=1\.\d+/);
});

test('activation, cell, length and seed each change the picture', async ({ page }) => {
  await openLab(page);
  let previous = await measuredPath(page);
  const changed = async () => {
    await expect.poll(() => measuredPath(page)).not.toBe(previous);
    previous = await measuredPath(page);
  };
  await widget(page).getByLabel('activation σ').selectOption('tanh');
  await changed();
  await expect(widget(page).locator('[data-series="ρ^ℓ prediction"]')).toHaveCount(0);
  await widget(page).getByLabel('cell').selectOption('lstm');
  await changed();
  await expect(widget(page).locator('.chart-title', { hasText: 'W_f' })).toBeVisible();
  await pressOn(page, /sequence length/, 'ArrowRight', 5);
  await changed();
  await widget(page).getByLabel('seed').fill('42');
  await changed();
  await expect(page).toHaveURL(/gf\.activation=tanh/);
  await expect(page).toHaveURL(/gf\.cell=lstm/);
  await expect(page).toHaveURL(/gf\.seed=42/);
});

test('truncation zeroes the gradient outside the window and draws the cuts', async ({ page }) => {
  await openLab(page);
  await expect(widget(page).locator('.unrolled text', { hasText: '✂' })).toHaveCount(0);
  await pressOn(page, /truncation window/, 'ArrowRight', 10);
  await expect(widget(page).getByLabel(/truncation window/)).toHaveValue('10');
  await expect(widget(page).locator('.unrolled text', { hasText: '✂' })).toHaveCount(3);
  await expect(widget(page).locator('.distance-chart')).toContainText('truncated: exactly 0');
  await expect(widget(page).locator('.gf-summary')).toContainText('exactly zero');
  await expect(page).toHaveURL(/gf\.truncation=10/);
});

test('clipping rescales the update when the gradient norm exceeds the threshold', async ({ page }) => {
  await openLab(page, '?gf.rho=1.3&gf.length=60');
  const threshold = widget(page).getByLabel(/clipping threshold/);
  await expect(threshold).toBeDisabled();
  await widget(page).getByLabel('gradient clipping').check();
  await expect(threshold).toBeEnabled();
  await expect(widget(page).locator('.readout')).toContainText('after clipping');
  await expect(widget(page).locator('[data-series="before clipping"]')).toHaveCount(1);
  await expect(widget(page).locator('.gf-summary')).toContainText('scaled by');
  await pressOn(page, /clipping threshold/, 'ArrowLeft', 4);
  await expect(page).toHaveURL(/gf\.threshold=0\.\d+/);
});

test('a link reproduces the exact picture, and reset returns to the chapter defaults', async ({ page }) => {
  const query = '?gf.rho=1.12&gf.activation=tanh&gf.length=77&gf.truncation=20&gf.clip=1&gf.threshold=0.5&gf.seed=9';
  await openLab(page, query);
  const text = await summary(page);
  const path = await measuredPath(page);
  await page.reload();
  await expect(widget(page).locator('.distance-chart')).toBeVisible();
  expect(await summary(page)).toBe(text);
  expect(await measuredPath(page)).toBe(path);
  await widget(page).getByRole('button', { name: 'Reset' }).click();
  await expect(page).not.toHaveURL(/gf\./);
  await expect(widget(page).getByLabel(/sequence length/)).toHaveValue('40');
});

test('bad link values fall back with a visible notice', async ({ page }) => {
  await openLab(page, '?gf.rho=banana&gf.length=100000&gf.cell=<script>');
  await expect(widget(page).locator('.widget-notice')).toContainText('rho');
  await expect(widget(page).getByLabel(/sequence length/)).toHaveValue('200');
  await widget(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(widget(page).locator('.widget-notice')).toHaveCount(0);
});

test('the chart is keyboard-operable: arrow keys pick ℓ and the equation follows', async ({ page }) => {
  await openLab(page);
  const chart = widget(page).getByRole('slider', { name: /distance ℓ/ });
  await chart.focus();
  await page.keyboard.press('Home');
  await expect(chart).toHaveAttribute('aria-valuenow', '0');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(chart).toHaveAttribute('aria-valuenow', '2');
  await expect(widget(page).locator('.power-equation')).toContainText('ℓ=2');
  await snap(page, 'gradient-flow-keyboard');
});
