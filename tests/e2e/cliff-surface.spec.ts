import { test, expect, snap, openChapter, VIEWPORTS, type Page } from './fixtures';

const CHAPTER = '03-vanishing-and-exploding-gradients';
const widget = (page: Page) => page.locator('[data-widget="cliff-surface"]');
const summary = (page: Page) => widget(page).locator('[data-summary]').innerText();
const clippedPath = (page: Page) => widget(page).locator('.cliff-surface-chart path[data-path="clipped"]').getAttribute('d');
const plainPath = (page: Page) => widget(page).locator('.cliff-surface-chart path[data-path="plain"]').getAttribute('d');

async function openWidget(page: Page, query = '') {
  await openChapter(page, CHAPTER, query);
  await widget(page).scrollIntoViewIfNeeded();
  await expect(widget(page).locator('.cliff-surface-chart image[data-surface]')).toBeVisible();
}

/** The widget alone, cut from a full-page shot (so the sticky header does not cover it). */
async function shootWidget(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = (await widget(page).boundingBox())!;
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true, clip: box });
}

/** Moves a range input with the keyboard, as a reader would. */
async function press(page: Page, label: RegExp, key: string, times = 1) {
  const control = widget(page).getByRole('slider', { name: label });
  await control.focus();
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

test('the cliff surface draws the loss surface, both paths, the jump and the loss chart', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.desktop);
  await openWidget(page);
  const w = widget(page);
  expect((await plainPath(page))?.length ?? 0).toBeGreaterThan(50);
  expect((await clippedPath(page))?.length ?? 0).toBeGreaterThan(50);
  expect(await w.locator('.cliff-surface-chart g[clip-path] path').count()).toBeGreaterThan(10);
  await expect(w.locator('[data-jump]')).toHaveCount(1);
  await expect(w.locator('path[data-loss="plain"]')).toHaveCount(1);
  await expect(w.locator('path[data-loss="clipped"]')).toHaveCount(1);
  // Default start: the unclipped path is flung off the plot, the clipped one is not.
  const text = await summary(page);
  expect(text).toMatch(/Without clipping, after step \d+ the path stood on the cliff’s steep face .* left the plotted region/);
  expect(text).toMatch(/With clipping at 20 .* shorter/);
  await shootWidget(page, 'cliff-surface-widget-desktop');
  await snap(page, 'cliff-surface-desktop');
});

test('clipping threshold and learning rate, moved with the keyboard, change the paths and the URL', async ({ page }) => {
  await openWidget(page);
  const before = { clipped: await clippedPath(page), text: await summary(page) };
  await press(page, /clipping threshold/, 'ArrowLeft', 12);
  await expect(widget(page).getByRole('slider', { name: /clipping threshold/ })).toHaveValue('8');
  await expect.poll(() => clippedPath(page)).not.toBe(before.clipped);
  await expect.poll(() => summary(page)).not.toBe(before.text);
  await expect(page).toHaveURL(/cs\.clip=8/);

  const plainBefore = await plainPath(page);
  await press(page, /learning rate/, 'ArrowRight', 5);
  await expect(widget(page).getByRole('slider', { name: /learning rate/ })).toHaveValue('0.025');
  await expect.poll(() => plainPath(page)).not.toBe(plainBefore);
  await expect(page).toHaveURL(/cs\.lr=0\.025/);

  // The link reproduces the same picture.
  const text = await summary(page);
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  await widget(page).scrollIntoViewIfNeeded();
  await expect(widget(page).locator('[data-summary]')).toHaveText(text);
});

test('clicking the surface moves the start; reset brings the defaults back', async ({ page }) => {
  await openWidget(page);
  const target = widget(page).locator('rect[data-pick]');
  const box = (await target.boundingBox())!;
  await target.click({ position: { x: box.width * 0.25, y: box.height * 0.25 } });
  await expect(page).toHaveURL(/cs\.w0=/);
  await expect(page).toHaveURL(/cs\.b0=/);
  await widget(page).getByRole('button', { name: 'Reset' }).click();
  await expect(page).not.toHaveURL(/cs\./);
});

test('play reveals the paths step by step; with reduced motion there is no animation', async ({ page }) => {
  await openWidget(page);
  const shown = widget(page).getByRole('slider', { name: /steps shown/ });
  await expect(shown).toHaveValue('50');
  await widget(page).getByRole('button', { name: 'Play the descent' }).click();
  await expect.poll(async () => Number(await shown.inputValue())).toBeLessThan(50);
  await expect.poll(async () => Number(await shown.inputValue()), { timeout: 20_000 }).toBe(50);
  // The keyboard steps through the paths too.
  await shown.focus();
  await page.keyboard.press('Home');
  await expect(widget(page).locator('[data-jump]')).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(widget(page).locator('[data-jump]')).toHaveCount(1);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(widget(page).getByRole('button', { name: 'Play the descent' })).toHaveCount(0);
  await expect(widget(page)).toContainText('Animation is off (reduced motion)');
});

test('a bad link value is adjusted with a notice', async ({ page }) => {
  await openWidget(page, '?cs.lr=banana&cs.steps=5000');
  await expect(widget(page).locator('.widget-notice')).toContainText('lr');
  await expect(widget(page).getByRole('slider', { name: /descent steps/ })).toHaveValue('100');
});

test('the cliff surface at phone width', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  await openWidget(page);
  const chart = widget(page).locator('.cliff-surface-chart');
  const box = (await chart.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(VIEWPORTS.phone.width);
  await shootWidget(page, 'cliff-surface-widget-phone');
  await snap(page, 'cliff-surface-phone');
});
