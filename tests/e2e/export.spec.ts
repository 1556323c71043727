import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { test, expect, openChapter, SCREENSHOT_DIR, type Page } from './fixtures';

const CHAPTER = '03-vanishing-and-exploding-gradients';
const lab = (page: Page) => page.locator('[data-widget="gradient-flow"]');

async function downloadFrom(page: Page, button: RegExp) {
  const [download] = await Promise.all([page.waitForEvent('download'), lab(page).getByRole('button', { name: button }).click()]);
  const path = await download.path();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await download.saveAs(`${SCREENSHOT_DIR}/export-${download.suggestedFilename().replace(/-[0-9a-f]{8}/, '')}`);
  return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
}

test('a figure exports as SVG and PNG with its caption and settings', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await openChapter(page, CHAPTER, '?gf.rho=1.2&gf.seed=7');
  await expect(lab(page).locator('.distance-chart')).toBeVisible();
  await lab(page).locator('.export-menu summary').click();

  const svg = await downloadFrom(page, /SVG/);
  expect(svg.name).toMatch(/^gradient-flow-[0-9a-f]{8}\.svg$/);
  const text = svg.bytes.toString('utf8');
  expect(text.length).toBeGreaterThan(5000);
  expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(text).toContain('Gradient flow through time');
  expect(text).toContain('Drag ρ below and above 1');
  expect(text).toContain('gf.rho=1.2&amp;gf.seed=7');
  // Styles are inlined: no CSS variables or classes left for a standalone file.
  expect(text).not.toContain('var(--');
  expect(text).not.toMatch(/currentcolor/i);
  expect((text.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(4);

  const png = await downloadFrom(page, /PNG/);
  expect(png.name).toBe(svg.name.replace(/\.svg$/, '.png'));
  expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const width = png.bytes.readUInt32BE(16);
  const height = png.bytes.readUInt32BE(20);
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(text)!;
  expect(width).toBe(Number(viewBox[1]) * 2);
  expect(height).toBe(Number(viewBox[2]) * 2);
  expect(png.bytes.length).toBeGreaterThan(20_000);
});

test('different settings give a different file name', async ({ page }) => {
  await openChapter(page, CHAPTER);
  await expect(lab(page).locator('.distance-chart')).toBeVisible();
  await lab(page).locator('.export-menu summary').click();
  const first = await downloadFrom(page, /SVG/);
  await lab(page).getByLabel('gradient clipping').check();
  const second = await downloadFrom(page, /SVG/);
  expect(second.name).not.toBe(first.name);
});
