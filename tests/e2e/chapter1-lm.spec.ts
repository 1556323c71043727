/** Chapter 1's live language models: training moves the curves, generation writes text, the comparison fills in. */
import { test, expect, openChapter, snap, VIEWPORTS, type Page } from './fixtures';

const CHAPTER = '01-rnn-language-models';
const widget = (page: Page, name: string) => page.locator(`[data-widget="${name}"]`);

test('the trainer takes single steps and runs in a worker; the curves and numbers move', async ({ page }) => {
  test.setTimeout(120_000);
  await openChapter(page, CHAPTER, '?lt.cell=rnn&lt.batch=4');
  const w = widget(page, 'lm-trainer');
  await w.scrollIntoViewIfNeeded();
  await w.getByRole('button', { name: 'One step' }).click();
  await expect(w.getByTestId('lt-step')).toHaveText('1', { timeout: 60_000 });
  await expect(w.getByTestId('lt-held-out')).not.toHaveText('—');
  await w.getByRole('button', { name: 'Continue training' }).click();
  await expect(w.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(async () => Number(await w.getByTestId('lt-step').textContent()), { timeout: 60_000 }).toBeGreaterThan(10);
  await w.getByRole('button', { name: 'Pause' }).click();
  await expect(w.locator('path[data-series="train"]')).toHaveAttribute('d', /L/);
  await expect(w.locator('path[data-series="held-out"]')).toHaveAttribute('d', /L/);
  await w.screenshot({ path: 'screenshots/chapter1-lm-trainer-desktop.png' });
});

test('the generator writes text from a prompt and shows the distribution of each sampled character', async ({ page }) => {
  test.setTimeout(90_000);
  await openChapter(page, CHAPTER, '?gen.maxLength=40');
  const w = widget(page, 'generator');
  await w.scrollIntoViewIfNeeded();
  await w.getByRole('button', { name: 'Generate' }).click();
  await expect(w.getByTestId('gen-output').locator('button.lm-char')).not.toHaveCount(0, { timeout: 60_000 });
  await expect(w.getByRole('button', { name: 'Generate' })).toBeVisible({ timeout: 60_000 });
  await expect(w.locator('[data-token]').first()).toBeVisible();
  await w.screenshot({ path: 'screenshots/chapter1-generator-desktop.png' });
});

test('any prompt is accepted: unknown characters are noted, empty starts from the start token', async ({ page }) => {
  test.setTimeout(90_000);
  await openChapter(page, CHAPTER, '?gen.maxLength=10');
  const w = widget(page, 'generator');
  const prompt = w.getByLabel('prompt (empty: start token only)');
  await prompt.fill('Ahab 🐋 שלום\u0007 café');
  await expect(w.getByTestId('prompt-notes')).toContainText('not in the model');
  await prompt.fill('');
  await expect(w.getByTestId('prompt-notes')).toContainText('start token');
  await prompt.fill('x'.repeat(500));
  await expect(w.getByTestId('prompt-notes')).toContainText('only the first 200');
  await w.getByRole('button', { name: 'Generate' }).click();
  await expect(w.getByTestId('gen-output').locator('button.lm-char')).not.toHaveCount(0, { timeout: 60_000 });
});

test('the comparison table fills in with measured perplexities for the n-gram, the RNN and the LSTM', async ({ page }) => {
  test.setTimeout(120_000);
  await openChapter(page, CHAPTER, '?pc.chars=3000');
  const w = widget(page, 'perplexity-compare');
  await w.scrollIntoViewIfNeeded();
  for (const m of ['ngram', 'rnn', 'lstm']) await expect(w.getByTestId(`pc-ppl-${m}`)).toHaveText(/^\d+(\.\d+)?$/, { timeout: 100_000 });
  await expect(w.getByTestId('pc-verdict')).toBeVisible();
  await w.screenshot({ path: 'screenshots/chapter1-perplexity-compare-desktop.png' });
});

test('chapter 1 at phone width: the live widgets fit', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(VIEWPORTS.phone);
  await openChapter(page, CHAPTER, '?pc.chars=3000&gen.maxLength=30');
  const w = widget(page, 'perplexity-compare');
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByTestId('pc-ppl-lstm')).toHaveText(/^\d/, { timeout: 100_000 });
  const g = widget(page, 'generator');
  await g.getByRole('button', { name: 'Generate' }).click();
  await expect(g.getByRole('button', { name: 'Generate' })).toBeVisible({ timeout: 60_000 });
  await snap(page, 'chapter1-phone');
  // Content inside a box that scrolls or clips on its own (a live equation, a wide table) is fine if the box fits.
  const wide = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth + 1;
    const inFittingScroller = (e: Element) => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX) && a.getBoundingClientRect().right <= vw) return true;
      }
      return false;
    };
    return [...document.querySelectorAll('[data-widget] *')]
    .filter((e) => e instanceof HTMLElement && !(e.closest('svg')) && e.getBoundingClientRect().right > vw && !inFittingScroller(e))
    .slice(0, 3).map((e) => `${e.tagName}.${(e as HTMLElement).className} ${e.closest('[data-widget]')?.getAttribute('data-widget')}`);
  });
  expect(wide).toEqual([]);
});

test('the step view follows one input through the model and colours J(t) under each character', async ({ page }) => {
  await openChapter(page, CHAPTER, '?sv.t=3');
  const w = widget(page, 'lm-step-view');
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByTestId('sv-text').locator('button.lm-char')).toHaveCount(16, { timeout: 30_000 });
  await expect(w.locator('.katex').first()).toBeVisible();
  await w.getByTestId('sv-text').locator('button.lm-char').nth(6).click();
  await expect(w.getByLabel('step t')).toHaveValue('7');
  await w.getByLabel('text read by the model').fill('🐳 whale');
  await expect(w.getByTestId('prompt-notes')).toContainText('unknown');
  await w.screenshot({ path: 'screenshots/chapter1-step-view-desktop.png' });
});
