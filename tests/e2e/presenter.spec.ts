import { test, expect, openChapter, snap, type Page } from './fixtures';

const CHAPTER = '03-vanishing-and-exploding-gradients';
const lab = (page: Page) => page.locator('[data-widget="gradient-flow"]');
const count = (page: Page) => page.getByTestId('slide-count');

test('presenter mode by keyboard alone: enter, next, previous, widget keys, help, leave', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await openChapter(page, CHAPTER);
  await expect(lab(page).locator('.distance-chart')).toBeVisible();

  await page.keyboard.press('p');
  await expect(page.locator('.presenter-bar')).toBeVisible();
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(count(page)).toHaveText(/1 \/ \d+/);
  await expect(page).toHaveURL(/present=1&slide=1/);
  await expect(page.locator('article.chapter h1')).toBeVisible();
  await expect(lab(page)).toBeHidden();

  // Slide 2: the prediction prompt before the lab, large, for a show of hands; the lab is not shown yet.
  await page.keyboard.press('ArrowRight');
  await expect(count(page)).toHaveText(/^\S+ 2 \/ \d+/);
  const prompt = page.locator('.chapter-body > [data-slide="predict"]');
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('ρ = 1.1');
  await expect(lab(page)).toBeHidden();
  const promptSize = await prompt.locator('.predict-question').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(promptSize).toBeGreaterThan(20);
  await snap(page, 'presenter-predict-slide');

  // Slide 3: the gradient lab, its section heading and its equation, nothing else.
  await page.keyboard.press('ArrowRight');
  await expect(count(page)).toHaveText(/^\S+ 3 \/ \d+/);
  await expect(lab(page)).toBeVisible();
  await expect(page.locator('.chapter-body > [data-slide="equation"]')).toHaveCount(1);
  await expect(page.locator('.chapter-body > [data-slide="equation"]')).toBeVisible();
  await expect(page.locator('.chapter-body > p').first()).toBeHidden();
  await expect(page).toHaveURL(/slide=3/);
  await snap(page, 'presenter-slide-3');

  // Widget shortcuts change the widget on screen.
  const clip = lab(page).getByLabel('gradient clipping');
  await expect(clip).not.toBeChecked();
  await page.keyboard.press('c');
  await expect(clip).toBeChecked();
  await expect(page).toHaveURL(/gf\.clip=1/);
  await page.keyboard.press('t');
  await expect(lab(page).getByLabel(/truncation window/)).toHaveValue('10');
  await page.keyboard.press('t');
  await expect(lab(page).getByLabel(/truncation window/)).toHaveValue('0');
  await page.keyboard.press('r');
  await expect(clip).not.toBeChecked();
  await expect(page).not.toHaveURL(/gf\./);

  // Next with Space and PageDown, back with ← and PageUp.
  await page.keyboard.press(' ');
  await expect(count(page)).toHaveText(/^\S+ 4 \//);
  await expect(lab(page)).toBeHidden();
  await page.keyboard.press('PageDown');
  await expect(count(page)).toHaveText(/^\S+ 5 \//);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(count(page)).toHaveText(/^\S+ 3 \//);

  // Help overlay: opens with ?, lists the lab's keys, traps focus, Esc closes and returns focus.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('gradient clipping on/off');
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await help.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  // Keys meant for the page do nothing while the dialog is open.
  await page.keyboard.press('ArrowRight');
  await expect(count(page)).toHaveText(/^\S+ 3 \//);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page.locator('.presenter-bar')).toBeVisible();

  // Leave with Esc: the header is back and the address is clean.
  await page.keyboard.press('Escape');
  await expect(page.locator('.presenter-bar')).toHaveCount(0);
  await expect(page.locator('.site-header')).toBeVisible();
  await expect(page).not.toHaveURL(/present=/);
  await expect(lab(page)).toBeInViewport();
});

test('a presenter link reproduces the slide and the widget settings', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/chapters/${CHAPTER}?present=1&slide=3&gf.rho=1.2&gf.clip=1`);
  await expect(count(page)).toHaveText(/^\S+ 3 \//);
  await expect(lab(page)).toBeVisible();
  await expect(lab(page).getByLabel('gradient clipping')).toBeChecked();
  await expect(lab(page).getByRole('slider', { name: /spectral radius/ })).toHaveValue('1.2');
  // Move on, reload: the address carries the new slide.
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/slide=4/);
  await page.reload();
  await expect(count(page)).toHaveText(/^\S+ 4 \//);
  await expect(page.locator('.presenter-bar')).toBeVisible();
  // An out-of-range slide is clamped to the last one.
  await page.goto(`/chapters/${CHAPTER}?present=1&slide=999`);
  await expect(count(page)).toHaveText(/\d+ \/ \d+$/);
  const total = (await count(page).innerText()).split('/')[1].trim();
  await expect(count(page)).toHaveText(new RegExp(`${total} / ${total}$`));
  await expect(page).toHaveURL(new RegExp(`slide=${total}`));
});

test('presenter mode: the header button enters, copy link copies the slide address, past the end opens the next chapter', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1366, height: 900 });
  await openChapter(page, CHAPTER);
  await page.getByRole('button', { name: /Presenter/ }).click();
  await expect(page.locator('.presenter-bar')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.locator('.presenter-bar').getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.presenter-bar')).toContainText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/present=1&slide=2/);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/chapters\/04-lstm\?present=1&slide=1/);
  await expect(count(page)).toHaveText(/^\S+ 1 \//);
});

test('widget keys in normal mode act on the most visible widget, and not while typing', async ({ page }) => {
  await openChapter(page, CHAPTER);
  await expect(lab(page).locator('.distance-chart')).toBeVisible();
  await lab(page).scrollIntoViewIfNeeded();
  const clip = lab(page).getByLabel('gradient clipping');
  await page.keyboard.press('c');
  await expect(clip).toBeChecked();
  await lab(page).getByLabel('seed').focus();
  await page.keyboard.press('c');
  await expect(clip).toBeChecked();
});
