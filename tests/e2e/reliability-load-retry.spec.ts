/**
 * A failed download of the shipped weights or corpus shows the reason and a way to
 * retry, never a blank widget; once the network is back the retry loads it. The
 * routes also catch the workers' own fetches (chromium attributes them to the page).
 */
import { test, expect, openChapter, ROUTED_REQUESTS, type Page } from './fixtures';

test.use(ROUTED_REQUESTS);

const ASSETS = ['**/models/*.json', '**/data/*.txt'];
const widget = (page: Page, name: string) => page.locator(`[data-widget="${name}"]`);

async function blockAssets(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  for (const pattern of ASSETS) {
    await page.route(pattern, (route) => {
      blocked.push(new URL(route.request().url()).pathname);
      return route.abort();
    });
  }
  return blocked;
}

const unblockAssets = async (page: Page) => {
  for (const pattern of ASSETS) await page.unroute(pattern);
};

test('chapter 1: blocked weights and corpus show a retry in every widget that needs them; retry loads them', async ({ page }) => {
  test.setTimeout(150_000);
  const blocked = await blockAssets(page);
  await openChapter(page, '01-rnn-language-models', '?lt.cell=rnn&lt.batch=4&pc.chars=3000');

  // Main-thread weights: the step view, teacher forcing and the BPTT sum.
  for (const name of ['lm-step-view', 'teacher-forcing', 'bptt-sum']) {
    const alert = widget(page, name).getByRole('alert');
    await expect(alert, name).toContainText('Could not load models/char-');
    await expect(alert.getByRole('button', { name: 'Try again' }), name).toBeVisible();
  }
  // Worker fetches: the comparison's corpus, and the trainer's once asked to train.
  const compare = widget(page, 'perplexity-compare');
  await expect(compare.getByRole('alert')).toContainText('Could not load', { timeout: 60_000 });
  await expect(compare.getByRole('alert').getByRole('button', { name: 'Try again' })).toBeVisible();
  const trainer = widget(page, 'lm-trainer');
  await trainer.scrollIntoViewIfNeeded();
  await trainer.getByRole('button', { name: 'One step' }).click();
  await expect(trainer.getByRole('alert')).toContainText(/Could not load (data|models)\//, { timeout: 60_000 });
  await expect(trainer.getByRole('alert')).toContainText('try again');
  expect(blocked.some((p) => p.endsWith('.txt'))).toBe(true);
  expect(blocked.some((p) => p.endsWith('.json'))).toBe(true);
  await trainer.screenshot({ path: 'screenshots/reliability-load-failed-trainer.png' });

  await unblockAssets(page);
  const stepView = widget(page, 'lm-step-view');
  await stepView.getByRole('button', { name: 'Try again' }).click();
  await expect(stepView.getByTestId('sv-text').locator('button.lm-char')).not.toHaveCount(0, { timeout: 30_000 });
  await expect(stepView.getByRole('alert')).toHaveCount(0);
  await trainer.getByRole('button', { name: 'One step' }).click();
  await expect(trainer.getByTestId('lt-step')).toHaveText('1', { timeout: 60_000 });
  await expect(trainer.getByRole('alert')).toHaveCount(0);
  await compare.getByRole('button', { name: 'Try again' }).click();
  await expect(compare.getByTestId('pc-ppl-rnn')).toHaveText(/^\d+(\.\d+)?$/, { timeout: 100_000 });
});

const CHAPTER_4_MODEL_WIDGETS = ['lstm-step', 'hidden-vs-cell', 'lstm-gates'];

test('chapter 4: a blocked model download names the file and the reason in every widget that needs it', async ({ page }) => {
  await blockAssets(page);
  await openChapter(page, '04-lstm');
  for (const name of CHAPTER_4_MODEL_WIDGETS) {
    await expect(widget(page, name).getByRole('alert'), name).toContainText('models/char-lstm.json');
  }
  await widget(page, 'lstm-gates').screenshot({ path: 'screenshots/reliability-load-failed-lstm-gates.png' });
  // Coming back to the chapter after the network returns loads the model.
  await unblockAssets(page);
  await page.getByRole('link', { name: /Bidirectional and multi-layer/ }).first().click();
  await expect(page.locator('article.chapter h1')).toContainText('Bidirectional');
  await page.goBack();
  for (const name of CHAPTER_4_MODEL_WIDGETS) await expect(widget(page, name).getByRole('alert'), name).toHaveCount(0, { timeout: 30_000 });
});

test('chapter 4: the model-load alert has a Try again button that loads the model', async ({ page }) => {
  await blockAssets(page);
  await openChapter(page, '04-lstm');
  const w = widget(page, 'lstm-gates');
  await expect(w.getByRole('alert')).toBeVisible();
  await unblockAssets(page);
  await w.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
  await expect(w.getByRole('alert')).toHaveCount(0, { timeout: 30_000 });
  // One successful retry clears the failure in every widget waiting on the same file.
  for (const name of CHAPTER_4_MODEL_WIDGETS) await expect(widget(page, name).getByRole('alert'), name).toHaveCount(0, { timeout: 30_000 });
});
