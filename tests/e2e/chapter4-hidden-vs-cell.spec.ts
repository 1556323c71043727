import { test, expect, openChapter, VIEWPORTS, type Page } from './fixtures';

const widget = (page: Page) => page.locator('[data-widget="hidden-vs-cell"]');

test('hidden-vs-cell: c and h of one unit, the sentence from the numbers, unit choice in the URL', async ({ page }) => {
  await openChapter(page, '04-lstm');
  const w = widget(page);
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('.trace-chart path[data-series="c"]')).toHaveCount(1);
  await expect(w.locator('.hc-summary')).toContainText(/\|c\| averages .* but \|h\| only/);
  await expect(w.getByRole('grid')).toHaveCount(2);
  const before = await w.locator('.trace-chart path[data-series="c"]').getAttribute('d');
  const unit = w.getByRole('slider', { name: 'unit' });
  await unit.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/hc\.unit=\d+/);
  await expect.poll(() => w.locator('.trace-chart path[data-series="c"]').getAttribute('d')).not.toBe(before);
  const grid = w.getByRole('grid').first();
  await grid.focus();
  await page.keyboard.press('ArrowRight');
  await expect(w.locator('.heatmap-readout').first()).toContainText('step 2');
  await page.setViewportSize(VIEWPORTS.desktop);
  await w.screenshot({ path: 'screenshots/chapter4-hidden-vs-cell-desktop.png' });
  await page.setViewportSize(VIEWPORTS.phone);
  await w.screenshot({ path: 'screenshots/chapter4-hidden-vs-cell-phone.png' });
});
