/** Pinned runs in chapter 3's gradient lab: pin, change, compare, remove, reload the link, in both languages. */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { test, expect, openChapter, VIEWPORTS, type Page } from './fixtures';

const CHAPTER = '03-vanishing-and-exploding-gradients';
// Axe and the recomputed pins take a while on a loaded 2-core machine.
test.describe.configure({ timeout: 180_000 });
const lab = (page: Page) => page.locator('[data-widget="gradient-flow"]');
const ghosts = (page: Page) => lab(page).locator('.distance-chart path[data-series^="pin "]');
const pinned = (page: Page) => lab(page).locator('.pin-legend .pin-name');

test('gradient lab: pin a run, change ρ and truncation, compare, remove, reload the link', async ({ page }) => {
  await openChapter(page, CHAPTER);
  const w = lab(page);
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('.distance-chart')).toBeVisible();
  // Keyboard only: focus the button and press Enter.
  await w.getByRole('button', { name: 'Pin this run' }).focus();
  await page.keyboard.press('Enter');
  await expect(ghosts(page)).toHaveCount(1);
  await expect(pinned(page)).toHaveText(['pinned: same settings']);

  const rho = w.getByRole('slider', { name: /spectral radius/ });
  await rho.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageUp');
  await expect(pinned(page)).toHaveText([/^pinned: ρ = 0\.9/]);
  // Two curves: the live one rises (ρ > 1), the ghost of ρ = 0.9 falls; they differ.
  const live = await w.locator('.distance-chart path[data-series="‖∂J(T)/∂h(t)‖"]').getAttribute('d');
  expect(await ghosts(page).first().getAttribute('d')).not.toBe(live);
  await expect(ghosts(page).first()).toHaveAttribute('stroke-dasharray', /\d/);

  await w.getByRole('button', { name: 'Pin this run' }).click();
  await w.getByRole('slider', { name: 'truncation window k' }).focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(pinned(page)).toHaveCount(2);
  await expect(pinned(page).nth(1)).toHaveText('pinned: no truncation');
  await expect(pinned(page).nth(0)).toHaveText(/^pinned: ρ = 0\.9, no truncation$/);
  await expect(page).toHaveURL(/gf\.pin=&gf\.pin=rho_1\.\d+/);

  // The table behind the chart lists the pinned runs as columns.
  await w.locator('.data-table summary').click();
  await expect(w.locator('.data-table th').nth(5)).toHaveText(/^ρ = 0\.9, no truncation$/);
  await expect(w.locator('.data-table th').nth(6)).toHaveText('no truncation');

  // Reloading the link redraws the same pins, recomputed from their settings.
  const ghostPaths = await ghosts(page).evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
  await page.reload();
  await w.scrollIntoViewIfNeeded();
  await expect(ghosts(page)).toHaveCount(2);
  expect(await ghosts(page).evaluateAll((ps) => ps.map((p) => p.getAttribute('d')))).toEqual(ghostPaths);

  const results = await new AxeBuilder({ page }).include('[data-widget="gradient-flow"]').analyze();
  expect(results.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  // The exported figure carries the ghosts and their names (not the remove buttons).
  await w.locator('.export-menu summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), w.getByRole('button', { name: /SVG/ }).click()]);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg).toContain('pinned: no truncation');
  expect(svg).toContain('pinned: ρ = 0.9, no truncation');
  expect(svg).not.toContain('✕');
  expect(svg).toMatch(/data-series="pin 2"/);
  await page.setViewportSize(VIEWPORTS.desktop);
  await w.screenshot({ path: 'screenshots/pins-gradient-desktop.png' });
  await page.setViewportSize(VIEWPORTS.phone);
  await w.screenshot({ path: 'screenshots/pins-gradient-phone.png' });

  // Remove one by its own button, then Reset clears the rest.
  await w.getByRole('button', { name: /^Remove the pinned run “no truncation”/ }).click();
  await expect(pinned(page)).toHaveCount(1);
  await expect(ghosts(page)).toHaveCount(1);
  await w.getByRole('button', { name: 'Reset' }).click();
  await expect(pinned(page)).toHaveCount(0);
  await expect(ghosts(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/gf\.pin/);
});

test('gradient lab: pins from a link in Korean, a broken one left out with a notice', async ({ page }) => {
  await openChapter(page, CHAPTER, '?lang=ko&gf.clip=1&gf.pin=clip_0&gf.pin=rho_zz&gf.pin=truncation_10');
  const w = lab(page);
  await w.scrollIntoViewIfNeeded();
  await expect(ghosts(page)).toHaveCount(2);
  await expect(pinned(page)).toHaveText(['고정: 클리핑 끔', '고정: k = 10, 클리핑 끔']);
  await expect(w.getByRole('button', { name: '이 실행 고정' })).toBeVisible();
  await expect(w.locator('.widget-notice')).toContainText('pin 2');
  await expect(w.getByRole('button', { name: /^고정한 실행 “클리핑 끔” 제거/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).include('[data-widget="gradient-flow"]').analyze();
  expect(results.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});
