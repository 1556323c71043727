import { test, expect, openChapter, type Page } from './fixtures';

const CHAPTER = '03-vanishing-and-exploding-gradients';
const widget = (page: Page, name: string) => page.locator(`[data-widget="${name}"]`);

/** Each widget's title and one of its buttons, per language. */
const WORDS = {
  'exploding-clipping': { ko: ['기울기 폭발과 클리핑', '학습'], en: ['Exploding gradients and clipping', 'Train'] },
  'cliff-surface': { ko: ['은닉 유닛 하나짜리 RNN 손실의 절벽: 클리핑이 있을 때와 없을 때', '하강 재생'], en: ["The cliff in a one-unit RNN's loss, with and without clipping", 'Play the descent'] },
  'tickets': { ko: ['빈칸에서 각 단어까지 도달하는 기울기', '초기화'], en: ['How much gradient reaches each word from the blank', 'Reset'] },
  'lag-race': { ko: ['긴 간격 기억: 간단한 RNN 대 LSTM', '둘 다 학습'], en: ['Long-lag recall: simple RNN vs LSTM', 'Train both'] },
} as const;

async function expectWords(page: Page, lang: 'ko' | 'en') {
  await expect(page.locator('article.chapter')).toHaveAttribute('lang', lang);
  for (const [name, words] of Object.entries(WORDS)) {
    const [title, button] = words[lang];
    const w = widget(page, name);
    await expect(w.locator('.widget-title')).toHaveText(title);
    await w.scrollIntoViewIfNeeded();
    await expect(w.getByRole('button', { name: button, exact: true })).toBeVisible();
  }
}

async function expectSettings(page: Page) {
  await expect(widget(page, 'tickets').locator('select')).toHaveValue('lstm');
  await expect(widget(page, 'exploding-clipping').locator('input[type="checkbox"]')).toBeChecked();
  await expect(widget(page, 'lag-race').locator('select')).toHaveValue('short');
  await expect(widget(page, 'cliff-surface').getByRole('slider').nth(2)).toHaveValue('0.025');
}

test('chapter 3 widgets speak Korean, and switching language keeps their settings', async ({ page }) => {
  test.setTimeout(90_000);
  await openChapter(page, CHAPTER, '?lang=ko');
  await expectWords(page, 'ko');
  const tickets = widget(page, 'tickets');
  await tickets.getByLabel('셀').selectOption('lstm');
  await expect(tickets.locator('.tk-summary')).toContainText('망각 게이트 편향 b_f = 3인 LSTM에서는');
  await widget(page, 'exploding-clipping').getByLabel('기울기 클리핑').check();
  await expect(widget(page, 'exploding-clipping').locator('.ec-summary')).toContainText('클리핑이 켜져 있습니다.');
  await widget(page, 'lag-race').getByLabel('간격 L').selectOption('short');
  const lr = widget(page, 'cliff-surface').getByRole('slider', { name: '학습률 η' });
  await lr.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/cs\.lr=0\.025/);
  await expect(widget(page, 'cliff-surface').locator('[data-summary]')).toContainText('클리핑');
  await expectSettings(page);
  const url = page.url();

  await page.getByRole('button', { name: 'English' }).click();
  await expectWords(page, 'en');
  await expectSettings(page);
  await expect(widget(page, 'exploding-clipping').locator('.ec-summary')).toContainText('Clipping is on.');
  await expect(widget(page, 'lag-race').locator('.lag-status')).toContainText('Press “Train both”');

  await page.getByRole('button', { name: '한국어' }).click();
  await expectWords(page, 'ko');
  await expectSettings(page);
  expect(page.url()).toBe(url);
});
