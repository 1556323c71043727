/** A compute worker that dies mid-training is restarted: the widget says so and trains again. */
import { test, expect, openChapter, openDiagnostics, liveWorkers, type Page } from './fixtures';

const trainer = (page: Page) => page.locator('[data-widget="lm-trainer"]');
const step = async (page: Page) => Number(await trainer(page).getByTestId('lt-step').textContent());

test('restarting the workers from the diagnostics panel stops training with a message; training starts again and progresses', async ({ page }) => {
  test.setTimeout(150_000);
  await openChapter(page, '01-rnn-language-models', '?lt.cell=rnn&lt.batch=4');
  const w = trainer(page);
  await w.scrollIntoViewIfNeeded();
  await w.getByRole('button', { name: 'Start training' }).click();
  await expect.poll(() => step(page), { timeout: 90_000 }).toBeGreaterThan(3);

  const dialog = await openDiagnostics(page);
  // The trainer's worker, among the chapter's others (the comparison and the generator have their own).
  const line = dialog.locator('[data-diag="workers"] li[data-alive="true"]', { hasText: 'lm-train' });
  await expect(line).toHaveCount(1);
  await expect(line).toHaveAttribute('data-backend', 'wasm');
  await expect(line).toHaveAttribute('data-tensors', /^\d+$/);
  await dialog.getByRole('button', { name: 'Restart workers' }).click();
  await expect(dialog.locator('[data-diag="workers"] li[data-alive="true"]')).toHaveCount(0);
  await expect(dialog.locator('[data-diag="workers"] li').first()).toContainText('stopped');
  await expect(dialog.getByRole('button', { name: 'Restart workers' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await expect(w.getByRole('alert')).toContainText('The computation stopped unexpectedly (ended from the diagnostics panel)');
  await expect(w.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  expect(await liveWorkers(page)).toHaveLength(0);

  const before = await step(page);
  await w.getByRole('button', { name: /Continue training|Start training/ }).click();
  await expect(w.getByRole('alert')).toHaveCount(0);
  await expect(w.getByRole('button', { name: 'Pause' })).toBeVisible();
  // A fresh worker: the step counter moves again (from the new session's first steps).
  await expect.poll(async () => (await step(page)) !== before, { timeout: 90_000 }).toBe(true);
  const resumed = await step(page);
  await expect.poll(() => step(page), { timeout: 60_000 }).toBeGreaterThan(resumed);
  expect((await liveWorkers(page)).filter((w) => w.running.includes('lm-train'))).toHaveLength(1);
  await w.getByRole('button', { name: 'Pause' }).click();
});
