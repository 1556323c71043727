/** When tfjs-backend-wasm cannot load, the worker trains on the cpu backend and says why. */
import { test, expect, openChapter, openDiagnostics, ROUTED_REQUESTS } from './fixtures';

test.use(ROUTED_REQUESTS);

test('a blocked .wasm download: the worker falls back to cpu, the diagnostics say so, the widget trains', async ({ page }) => {
  test.setTimeout(120_000);
  const blocked: string[] = [];
  await page.route('**/*.wasm', (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  await openChapter(page, '03-vanishing-and-exploding-gradients', '?ec.clip=1');
  const w = page.locator('[data-widget="exploding-clipping"]');
  await w.scrollIntoViewIfNeeded();
  for (let i = 0; i < 3; i++) await w.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(w.locator('.ec-summary')).toContainText('Step 3:', { timeout: 60_000 });
  await expect(w.getByRole('alert')).toHaveCount(0);
  expect(blocked.length).toBeGreaterThan(0);

  const dialog = await openDiagnostics(page);
  const line = dialog.locator('[data-diag="workers"] li[data-alive="true"]');
  await expect(line).toHaveCount(1);
  await expect(line).toHaveAttribute('data-backend', 'cpu');
  await expect(line).toContainText(/cpu \(the wasm backend could not load \(.*\.wasm could not be fetched/);
  await page.keyboard.press('Escape');

  await w.getByRole('button', { name: 'Continue' }).click();
  await expect(w.locator('.ec-summary')).toContainText(/Step (\d{2,}):/, { timeout: 30_000 });
  await w.getByRole('button', { name: 'Pause' }).click();
});
