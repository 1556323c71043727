import { test, expect, openChapter, snap, VIEWPORTS, type Page } from './fixtures';

const CH5 = '05-bidirectional-and-multi-layer-rnns';
const widget = (page: Page, name: string) => page.locator(`[data-widget="${name}"]`);

test('bidirectional sentiment reads "terribly" from both sides and draws [h→; h←]', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(VIEWPORTS.desktop);
  await openChapter(page, CH5, '?bs5.steps=240');
  const w = widget(page, 'bidirectional-sentiment');
  await w.scrollIntoViewIfNeeded();
  await w.getByRole('button', { name: 'Train both' }).click();
  await expect(w.locator('.word-status')).toHaveAttribute('data-status', 'finished', { timeout: 80_000 });
  // At "terribly" (word 4) the bidirectional model has read "exciting" and says positive.
  await expect(w.locator('[data-t="3"] [data-model="bidirectional"]')).toHaveAttribute('data-class', 'positive');
  await expect(w.getByTestId('concat-state')).toContainText('h← has read “terribly exciting !”');
  await w.screenshot({ path: 'screenshots/ch5-bidirectional-sentiment-desktop.png' });
  // Keyboard: choose another word.
  await w.getByRole('button', { name: 'exciting' }).click();
  await expect(page).toHaveURL(/bs5\.at=5/);
  await page.keyboard.press('ArrowLeft');
  // Back at the default word, which the URL leaves out.
  await expect(w.getByTestId('reading-at')).toContainText('At “terribly”');
  await expect(page).not.toHaveURL(/bs5\.at=/);
  await w.getByLabel(/Your sentence/).fill('the plot was terribly dull , blorp');
  await expect(w.locator('.word-note')).toContainText('blorp');
  await expect(w.locator('[data-t="3"] [data-model="bidirectional"]')).toHaveAttribute('data-class', 'negative');
});

test('stack depth trains 1–4 layers and draws per-layer states and gradient norms', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(VIEWPORTS.desktop);
  await openChapter(page, CH5, '?sd.steps=40');
  const w = widget(page, 'stack-depth');
  await w.scrollIntoViewIfNeeded();
  await w.getByRole('button', { name: 'Train depths 1–4' }).click();
  await expect(w.locator('.word-status')).toHaveAttribute('data-status', 'finished', { timeout: 80_000 });
  await expect(w.getByTestId('stack-heatmaps').locator('canvas')).toHaveCount(3);
  await expect(w.locator('[data-layer]')).toHaveCount(3);
  await w.getByLabel('layers L drawn below').fill('4');
  await expect(w.getByTestId('stack-heatmaps').locator('canvas')).toHaveCount(4);
  await expect(page).toHaveURL(/sd\.depth=4/);
  await expect(w.locator('.word-status')).toContainText('4 layers');
  await w.screenshot({ path: 'screenshots/ch5-stack-depth-desktop.png' });
});

test('the bidirectional "language model" reaches a low loss with the sentence visible but not from the prefix', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(VIEWPORTS.desktop);
  await openChapter(page, CH5, '?bl.steps=200');
  const w = widget(page, 'bidirectional-lm-leak');
  await w.scrollIntoViewIfNeeded();
  await w.getByRole('button', { name: 'Train both' }).click();
  await expect(w.locator('.word-status')).toHaveAttribute('data-status', 'finished', { timeout: 110_000 });
  const text = (await w.locator('.word-status').textContent()) ?? '';
  const nums = [...text.matchAll(/loss ([\d.]+) with the sentence visible, ([\d.]+) from the prefix alone/g)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(nums).toHaveLength(2);
  const [[, fwPrefix], [biVisible, biPrefix]] = nums;
  expect(biVisible).toBeLessThan(fwPrefix);
  expect(biPrefix).toBeGreaterThan(biVisible * 2);
  await w.getByRole('button', { name: /Generate 3 sentences/ }).click();
  await expect(w.getByTestId('samples').locator('li')).toHaveCount(6);
  await w.screenshot({ path: 'screenshots/ch5-lm-leak-desktop.png' });
});

test('chapter 5 widgets fit a phone screen', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize(VIEWPORTS.phone);
  await openChapter(page, CH5, '?bs5.steps=20');
  const w = widget(page, 'bidirectional-sentiment');
  await w.scrollIntoViewIfNeeded();
  await w.getByRole('button', { name: 'Train both' }).click();
  await expect(w.locator('.word-status')).toHaveAttribute('data-status', 'finished', { timeout: 50_000 });
  expect((await w.boundingBox())!.width).toBeLessThanOrEqual(390);
  await w.screenshot({ path: 'screenshots/ch5-bidirectional-sentiment-phone.png' });
  // No widget of the chapter makes the page scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await snap(page, 'ch5-phone');
});
