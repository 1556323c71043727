/** Chapter 1's BPTT sum and teacher-forcing widgets: every control changes its picture, links reproduce a state, phones fit. */
import { test, expect, openChapter, snap, VIEWPORTS, type Page } from './fixtures';

const CHAPTER = '01-rnn-language-models';
const widget = (page: Page, name: string) => page.locator(`[data-widget="${name}"]`);
const dropped = (page: Page) => widget(page, 'bptt-sum').locator('[data-testid="bs-waterfall"] rect[data-kept="false"]');

test('bptt-sum: the parts add up, truncation greys the dropped ones, text and loss choice redraw, keys and link work', async ({ page }) => {
  await openChapter(page, CHAPTER);
  const w = widget(page, 'bptt-sum');
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByTestId('bs-waterfall')).toBeVisible({ timeout: 30_000 });
  await expect(w.getByTestId('bs-summary')).toContainText('add up to ‖G‖');
  // Default: k = 20 on a 75-character text: J(75) sits in the chunk from step 61.
  await expect(dropped(page)).toHaveCount(60);
  await expect(w.getByTestId('bs-truncation')).toContainText('keeps 15 parts and drops 60');
  const truncation = w.getByLabel('truncation window k (steps)');
  await truncation.fill('7');
  await expect(dropped(page)).toHaveCount(70);
  await expect(page).toHaveURL(/bs\.k=7/);
  await truncation.fill('0');
  await expect(dropped(page)).toHaveCount(0);
  await expect(w.getByTestId('bs-truncation')).toContainText('Truncation is off');
  // Whose loss: a character of the text.
  await w.getByTestId('bs-text').locator('button.lm-char').nth(9).click();
  await expect(w.getByLabel('whose loss: J(t) of character t')).toHaveValue('10');
  await expect(w.getByTestId('bs-waterfall').locator('rect[data-kept]')).toHaveCount(10);
  // The text: unknown characters are noted; a shorter text gives fewer columns.
  await w.getByLabel('text read by the model').fill('the whale 🐳 dove');
  await expect(w.getByTestId('prompt-notes')).toContainText('unknown symbol');
  await expect(w.getByTestId('bs-waterfall').locator('rect[data-kept]')).toHaveCount(10);
  // The presenter key t switches truncation back on.
  await w.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('t');
  await expect(truncation).toHaveValue('20');
  await w.screenshot({ path: 'screenshots/chapter1-bptt-sum-desktop.png' });
});

test('bptt-sum: a link reproduces text, window and loss', async ({ page }) => {
  await openChapter(page, CHAPTER, `?bs.text=${encodeURIComponent('call me ishmael. some years ago')}&bs.k=8&bs.at=25`);
  const w = widget(page, 'bptt-sum');
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByLabel('truncation window k (steps)')).toHaveValue('8');
  await expect(w.getByLabel('whose loss: J(t) of character t')).toHaveValue('25');
  await expect(w.getByTestId('bs-waterfall').locator('rect[data-kept]')).toHaveCount(25);
  await expect(dropped(page)).toHaveCount(24); // chunks 1–8, 9–16, 17–24, 25–32: J(25) keeps step 25 only
});

test('teacher-forcing: free running drifts, a forced mistake, the takeover step, the model, keys and link', async ({ page }) => {
  await openChapter(page, CHAPTER);
  const w = widget(page, 'teacher-forcing');
  await w.scrollIntoViewIfNeeded();
  const summary = w.getByTestId('tf-summary');
  await expect(summary).toContainText('With teacher forcing the mean loss is', { timeout: 30_000 });
  await expect(summary).toContainText('Fed its own predictions from step 10');
  await expect(w.locator('path[data-series="clean"]')).toHaveCount(0);
  const freeLine = await w.locator('path[data-series="free"]').getAttribute('d');
  // Force a mistake at step 10.
  await w.getByLabel('force a wrong character at step s').check();
  await expect(summary).toContainText('A forced “z” at step 10');
  await expect(w.locator('path[data-series="clean"]')).toHaveCount(1);
  await expect(w.locator('path[data-series="free"]')).not.toHaveAttribute('d', freeLine!);
  await w.getByLabel('wrong character', { exact: true }).selectOption('q');
  await expect(summary).toContainText('A forced “q”');
  // Press a character: free running takes over there.
  await w.getByTestId('tf-rows').locator('button[data-col="19"]').click();
  await expect(w.getByLabel('free running from step s')).toHaveValue('20');
  await expect(summary).toContainText('at step 20');
  await w.getByLabel('model (pretrained)').selectOption('rnn');
  await expect(summary).toContainText('A forced “q” at step 20');
  await expect(page).toHaveURL(/tf\.cell=rnn/);
  await w.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('m');
  await expect(w.getByLabel('force a wrong character at step s')).not.toBeChecked();
  await w.getByLabel('text read by the model').fill('x'.repeat(120));
  await expect(w.getByTestId('prompt-notes')).toContainText('only the first 80');
  await w.getByRole('button', { name: 'Reset' }).click();
  await expect(summary).toContainText('from step 10');
  await w.getByLabel('force a wrong character at step s').check();
  await w.screenshot({ path: 'screenshots/chapter1-teacher-forcing-desktop.png' });
});

test('teacher-forcing: a link reproduces model, takeover step and mistake', async ({ page }) => {
  await openChapter(page, CHAPTER, '?tf.cell=rnn&tf.from=12&tf.mistake=1&tf.wrong=q');
  const w = widget(page, 'teacher-forcing');
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByLabel('model (pretrained)')).toHaveValue('rnn');
  await expect(w.getByLabel('free running from step s')).toHaveValue('12');
  await expect(w.getByLabel('force a wrong character at step s')).toBeChecked();
  await expect(w.getByTestId('tf-summary')).toContainText('A forced “q” at step 12', { timeout: 30_000 });
});

test('the trainer takes one step on the s key', async ({ page }) => {
  test.setTimeout(120_000);
  await openChapter(page, CHAPTER, '?lt.cell=rnn&lt.batch=4');
  const w = widget(page, 'lm-trainer');
  await w.scrollIntoViewIfNeeded();
  await w.getByRole('button', { name: 'Reset', exact: true }).focus();
  await page.keyboard.press('s');
  await expect(w.getByTestId('lt-step')).toHaveText('1', { timeout: 90_000 });
});

test('both widgets at phone width: they fit, and screenshots', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  await openChapter(page, CHAPTER, '?tf.mistake=1');
  for (const name of ['bptt-sum', 'teacher-forcing']) {
    const w = widget(page, name);
    await w.scrollIntoViewIfNeeded();
    await expect(w.locator('svg.chart').first()).toBeVisible({ timeout: 30_000 });
    await w.screenshot({ path: `screenshots/chapter1-${name}-phone.png` });
  }
  const wide = await page.evaluate(() => [...document.querySelectorAll('[data-widget="bptt-sum"] *, [data-widget="teacher-forcing"] *')]
    .filter((e) => e instanceof HTMLElement && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .slice(0, 3).map((e) => `${e.tagName}.${e.getAttribute('class')}`));
  expect(wide).toEqual([]);
  await page.setViewportSize(VIEWPORTS.desktop);
  for (const name of ['bptt-sum', 'teacher-forcing']) {
    await widget(page, name).scrollIntoViewIfNeeded();
    await widget(page, name).screenshot({ path: `screenshots/chapter1-${name}-desktop-default.png` });
  }
  await snap(page, 'chapter1-bptt-teacher-desktop-page');
});
