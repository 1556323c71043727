import { test, expect, openChapter, VIEWPORTS, type Page } from './fixtures';

const CHAPTER = '04-lstm';
const step = (page: Page) => page.locator('[data-widget="lstm-step"]');
const gates = (page: Page) => page.locator('[data-widget="lstm-gates"]');

async function open(page: Page, query = '') {
  await openChapter(page, CHAPTER, query);
}

test('lstm-step: the equations carry live numbers and forcing f = 0 erases the cell', async ({ page }) => {
  await open(page);
  const w = step(page);
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('.step-equations .katex').first()).toBeVisible();
  await expect(w.locator('.katex-error')).toHaveCount(0);
  await expect(w.locator('.step-summary')).toContainText('No gate is forced');
  await w.getByLabel(/force forget gate f/).check();
  await expect(w.locator('.step-summary')).toContainText('Forget gate forced to 0');
  await expect(w.locator('.step-equations')).toContainText('forced');
  await expect(page).toHaveURL(/ls\.forceF=1/);
  await w.getByLabel(/force output gate o/).check();
  await expect(w.locator('.step-summary')).toContainText('h(t) is all zeros');
  await page.setViewportSize(VIEWPORTS.desktop);
  await w.screenshot({ path: 'screenshots/chapter4-lstm-step-desktop.png' });
  await page.setViewportSize(VIEWPORTS.phone);
  await w.screenshot({ path: 'screenshots/chapter4-lstm-step-phone.png' });
});

test('lstm-step: the time step follows the keyboard and the URL', async ({ page }) => {
  await open(page, '?ls.t=3');
  const w = step(page);
  await w.scrollIntoViewIfNeeded();
  const slider = w.getByRole('slider', { name: 'time step t' });
  await expect(slider).toHaveValue('3');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('4');
  await expect(page).toHaveURL(/ls\.t=4/);
  await expect(w.locator('.step-where')).toContainText('Step 5');
});

test('lstm-gates: heatmap draws, the cursor moves with the keyboard, a unit can be picked', async ({ page }) => {
  await open(page);
  const w = gates(page);
  await w.scrollIntoViewIfNeeded();
  const grid = w.getByRole('grid');
  await expect(grid).toBeVisible();
  const canvasWidth = await w.locator('.heatmap-grid canvas').evaluate((c: HTMLCanvasElement) => c.width);
  expect(canvasWidth).toBeGreaterThan(100);
  await grid.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(w.locator('.heatmap-readout')).toContainText('step 3');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/lg\.unit=\d+/);
  // The finder lists units and picking one selects it.
  const first = w.locator('.unit-finder button').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await w.getByRole('button', { name: /forget gate/ }).click();
  await expect(page).toHaveURL(/lg\.show=f/);
  await page.setViewportSize(VIEWPORTS.desktop);
  await w.screenshot({ path: 'screenshots/chapter4-lstm-gates-desktop.png' });
  await page.setViewportSize(VIEWPORTS.phone);
  await w.screenshot({ path: 'screenshots/chapter4-lstm-gates-phone.png' });
});

test('lstm-gates: edited text of any length redraws; over-long text is cut with a note; unknown characters noted', async ({ page }) => {
  await open(page);
  const w = gates(page);
  await w.scrollIntoViewIfNeeded();
  const box = w.getByLabel('text the LSTM reads');
  const width = () => w.locator('.heatmap-grid canvas').evaluate((c: HTMLCanvasElement) => c.width);
  await box.fill('hi');
  await expect.poll(width).toBe(2);
  await box.fill('x'.repeat(450));
  await expect.poll(width).toBe(400);
  await expect(w.locator('.text-notes')).toContainText('first 400 characters');
  await box.fill('naïve 🐳 whale');
  await expect(w.locator('.text-notes')).toContainText('unknown symbol');
  await box.fill('');
  await expect(w.getByText('needs at least one character')).toBeVisible();
});

test('lstm-gates: hovering a gate symbol in the equations highlights the heatmap and back', async ({ page }) => {
  await open(page);
  const w = gates(page);
  // The widget (and its listener on the article) must be mounted before the pointer moves.
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByRole('grid')).toBeVisible();
  const symbol = page.locator('article .katex-display .gate-f').first();
  await symbol.scrollIntoViewIfNeeded();
  await symbol.hover();
  await expect(w.locator('[data-concept-tab="f"]')).toHaveClass(/concept-active/);
  await w.locator('[data-concept-tab="o"]').hover();
  await expect(page.locator('article .katex-display .gate-o.concept-active').first()).toBeVisible();
});
