/**
 * A forced blow-up (ρ and α at their maxima, no clipping): the NaN is detected,
 * marked and explained, training pauses, no chart draws garbage, and resetting
 * recovers a finite run. (exploding-clipping.spec.ts covers the default blow-up and
 * the clipped replay.)
 */
import { test, expect, openChapter, type Page } from './fixtures';

const widget = (page: Page) => page.locator('[data-widget="exploding-clipping"]');

/** Every number a chart draws lives in an attribute (path d, x, y, transform) or a text node. */
async function garbageInCharts(page: Page): Promise<string[]> {
  return widget(page).locator('svg').evaluateAll((svgs) => {
    const found: string[] = [];
    for (const svg of svgs) {
      for (const el of svg.querySelectorAll('*')) {
        for (const a of el.attributes) if (/NaN|Infinity|undefined/.test(a.value)) found.push(`${el.tagName}[${a.name}="${a.value.slice(0, 60)}"]`);
        // The non-finite marker names the NaN on purpose; any other label may not.
        const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('');
        if (/NaN|Infinity|undefined/.test(own) && !el.closest('.ec-nonfinite')) found.push(`${el.tagName} text "${own.slice(0, 60)}"`);
      }
    }
    return found;
  });
}

test('forced NaN: shown and explained, training pauses, no chart draws garbage; reset recovers a finite run', async ({ page }) => {
  test.setTimeout(90_000);
  await openChapter(page, '03-vanishing-and-exploding-gradients', '?ec.rho=1.5&ec.lr=0.5&ec.clip=0&ec.seed=3');
  const w = widget(page);
  await w.scrollIntoViewIfNeeded();
  await w.getByRole('button', { name: 'Train' }).click();

  const marker = w.locator('[data-chart="loss-chart"] .ec-nonfinite');
  await expect(marker).toBeVisible({ timeout: 30_000 });
  await expect(marker).toContainText(/NaN|∞/);
  await expect(w.locator('[data-chart="grad-chart"] .ec-nonfinite')).toBeVisible();
  await expect(w.locator('.ec-summary')).toContainText(/At step \d+ the (loss|gradient) became (NaN|infinite)/);
  // Paused for good: nothing to continue from.
  await expect(w.getByRole('button', { name: 'Continue' })).toBeDisabled();
  await expect(w.getByRole('button', { name: 'Step', exact: true })).toBeDisabled();
  expect(await garbageInCharts(page)).toEqual([]);
  await w.screenshot({ path: 'screenshots/reliability-forced-nan.png' });

  await w.getByRole('button', { name: 'Reset run' }).click();
  await expect(w.locator('.ec-nonfinite')).toHaveCount(0);
  await expect(w.locator('[data-chart="loss-chart"] [data-line="main"] > path')).toHaveAttribute('d', '');
  await expect(w.locator('.ec-summary')).toContainText('Press Train');
  await expect(w.getByRole('button', { name: 'Train' })).toBeEnabled();

  // The widget's Reset brings back the chapter's settings; their first steps are finite.
  await w.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page).not.toHaveURL(/ec\.rho/);
  for (let i = 0; i < 5; i++) await w.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(w.locator('.ec-summary')).toContainText('Step 5:');
  await expect(w.locator('.ec-nonfinite')).toHaveCount(0);
  expect(await w.locator('[data-chart="loss-chart"] [data-line="main"] > path').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
  expect(await garbageInCharts(page)).toEqual([]);
});
