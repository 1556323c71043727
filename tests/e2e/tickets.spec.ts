import { test, expect, openChapter, VIEWPORTS, type Page } from './fixtures';

const CHAPTER = '03-vanishing-and-exploding-gradients';
const widget = (page: Page) => page.locator('[data-widget="tickets"]');
const answerGrad = async (page: Page) => Number(await widget(page).locator('.tk-answer').getAttribute('data-grad'));
const ratio = async (page: Page) => Number(await widget(page).locator('[data-ratio]').getAttribute('data-ratio'));

async function openWidget(page: Page, query = '') {
  await openChapter(page, CHAPTER, query);
  await widget(page).scrollIntoViewIfNeeded();
  await expect(widget(page).locator('.tk-passage')).toBeVisible();
}

test('the passage is shaded by the gradient from the blank, tickets is marked, and the sentence is computed', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.desktop);
  await openWidget(page);
  const w = widget(page);
  await expect(w.locator('.tk-word[data-word]')).toHaveCount(41);
  await expect(w.locator('.tk-answer')).toHaveText('tickets,');
  await expect(w.locator('.tk-summary')).toContainText(/From the blank back to “tickets” \(ℓ = 34 words\), the gradient shrinks by a factor of .* for the simple RNN at ρ = 0\.90/);
  expect(await ratio(page)).toBeLessThan(0.1);
  // Words nearer the blank get more gradient than tickets does.
  const last = Number(await w.locator('.tk-word[data-word]').last().getAttribute('data-grad'));
  expect(last).toBeGreaterThan(await answerGrad(page));
  await w.screenshot({ path: 'screenshots/tickets-desktop.png' });
  await page.setViewportSize(VIEWPORTS.phone);
  await w.screenshot({ path: 'screenshots/tickets-phone.png' });
});

test('cell, ρ, forget-gate bias and seed each change the shading; the URL round-trips them', async ({ page }) => {
  await openWidget(page);
  const w = widget(page);
  let previous = await answerGrad(page);
  const changed = async () => {
    await expect.poll(() => answerGrad(page)).not.toBe(previous);
    previous = await answerGrad(page);
  };
  await expect(w.getByRole('slider', { name: 'LSTM forget-gate bias b_f' })).toBeDisabled();
  await w.getByLabel('cell').selectOption('lstm');
  await changed();
  await expect(w.locator('.tk-summary')).toContainText('for the LSTM at ρ = 0.90 and forget-gate bias b_f = 3');
  expect(await ratio(page)).toBeGreaterThan(0.1);
  await w.getByRole('slider', { name: 'LSTM forget-gate bias b_f' }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await changed();
  await w.getByRole('slider', { name: 'spectral radius ρ' }).focus();
  await page.keyboard.press('ArrowRight');
  await changed();
  await w.getByLabel('seed').fill('5');
  await changed();
  await expect(page).toHaveURL(/tk\.cell=lstm/);
  await expect(page).toHaveURL(/tk\.rho=0\.95/);
  await expect(page).toHaveURL(/tk\.forgetBias=2/);
  await expect(page).toHaveURL(/tk\.seed=5/);
  const before = await answerGrad(page);
  await page.reload();
  await expect(widget(page).getByLabel('cell')).toHaveValue('lstm');
  await expect(widget(page).getByRole('slider', { name: 'spectral radius ρ' })).toHaveValue('0.95');
  expect(await answerGrad(page)).toBe(before);
});
