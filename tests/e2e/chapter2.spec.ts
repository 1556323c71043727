import { test, expect, openChapter, snap, VIEWPORTS, type Page } from './fixtures';

const CH2 = '02-other-uses-of-rnns';
const widget = (page: Page, name: string) => page.locator(`[data-widget="${name}"]`);

test('sentiment pooling trains final, mean and max side by side and reads a typed sentence', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(VIEWPORTS.desktop);
  await openChapter(page, CH2, '?sp.steps=160');
  const w = widget(page, 'sentiment-pooling');
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByLabel('training steps per press')).toHaveValue('160');
  await w.getByRole('button', { name: 'Train all three' }).click();
  await expect(w.locator('.word-status')).toHaveAttribute('data-status', 'finished', { timeout: 80_000 });
  for (const p of ['final', 'mean', 'max']) {
    await expect(w.locator(`[data-pooling="${p}"] [data-accuracy]`)).toContainText('%');
    await expect(w.locator(`[data-pooling="${p}"] [data-verdict]`)).toHaveText(/positive|negative/);
  }
  // Max pooling learns this grammar well within 160 steps.
  const maxAcc = parseFloat((await w.locator('[data-pooling="max"] [data-accuracy]').textContent()) ?? '0');
  expect(maxAcc).toBeGreaterThan(80);
  await w.screenshot({ path: 'screenshots/ch2-sentiment-pooling-desktop.png' });

  const field = w.getByLabel(/Your sentence/);
  await field.fill('the film was really wonderful , zorgly !');
  await expect(w.locator('.word-note')).toContainText('zorgly');
  await expect(w.locator('[data-pooling="mean"] [data-verdict]')).toHaveText(/positive|negative/);
  await field.fill('   ');
  await expect(w.locator('.word-note')).toContainText('no words');
  await expect(page).toHaveURL(/sp\.text=/);
});

test('sentiment pooling fits a phone screen', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  await openChapter(page, CH2, '?sp.steps=20');
  const w = widget(page, 'sentiment-pooling');
  await w.scrollIntoViewIfNeeded();
  await w.getByRole('button', { name: 'Train all three' }).click();
  await expect(w.locator('.word-status')).toHaveAttribute('data-status', 'finished', { timeout: 50_000 });
  const box = await w.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  await w.screenshot({ path: 'screenshots/ch2-sentiment-pooling-phone.png' });
  // No widget of the chapter makes the page scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await snap(page, 'ch2-phone');
});

test('the tagger trains live and tags a typed sentence, ambiguous words by context', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(VIEWPORTS.desktop);
  await openChapter(page, CH2, '?tg.steps=200');
  const w = widget(page, 'tagger');
  await w.scrollIntoViewIfNeeded();
  await w.getByRole('button', { name: 'Train the tagger' }).click();
  await expect(w.locator('.word-status')).toHaveAttribute('data-status', 'finished', { timeout: 80_000 });
  // "we can book the old room . the teacher reads a book ."
  await expect(w.locator('[data-t="2"] [data-model="tagger"]')).toHaveAttribute('data-class', 'VERB');
  await expect(w.locator('[data-t="11"] [data-model="tagger"]')).toHaveAttribute('data-class', 'NOUN');
  await expect(w.locator('.word-status')).toContainText(/all words/);
  await w.screenshot({ path: 'screenshots/ch2-tagger-desktop.png' });
  await w.getByLabel(/Your sentence/).fill('they watch the xylophone quickly');
  await expect(w.locator('.word-note')).toContainText('xylophone');
  await expect(w.locator('[data-t="3"] [data-model="tagger"]')).toHaveAttribute('data-class', /.+/);
});

test('the encoder–decoder trains to reverse strings and decodes a typed input', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(VIEWPORTS.desktop);
  await openChapter(page, CH2, '?ed.steps=300');
  const w = widget(page, 'encoder-decoder');
  await w.scrollIntoViewIfNeeded();
  await w.getByRole('button', { name: 'Train the encoder–decoder' }).click();
  await expect(w.locator('.word-status')).toHaveAttribute('data-status', 'finished', { timeout: 110_000 });
  await expect(w.getByTestId('seq2seq-output').locator('canvas')).toHaveCount(1);
  await expect(w.getByTestId('seq2seq-verdict')).toContainText('Reversed should be “edcba”');
  await w.screenshot({ path: 'screenshots/ch2-encoder-decoder-desktop.png' });
  await w.getByLabel(/Input for the encoder/).fill('ab?z');
  await expect(w.locator('.word-note')).toContainText('Ignored');
  await expect(w.getByTestId('seq2seq-verdict')).toContainText('“ba”');
  await w.getByLabel(/Input for the encoder/).fill('');
  await expect(w.locator('.word-note')).toContainText('Type a few letters');
});
