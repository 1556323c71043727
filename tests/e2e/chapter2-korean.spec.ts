import { test, expect, openChapter, VIEWPORTS, type Page } from './fixtures';

const CH2 = '02-other-uses-of-rnns';
const widget = (page: Page, name: string) => page.locator(`[data-widget="${name}"]`);

const KOREAN: Record<string, { title: string; train: string; english: string }> = {
  tagger: { title: '품사 태거, 실시간 학습', train: '태거 학습', english: 'Part-of-speech tagger, trained live' },
  'sentiment-pooling': { title: '문장 인코딩: 마지막 상태, 평균, 최대', train: '셋 모두 학습', english: 'Sentence encoding: final state, mean or max' },
  'encoder-decoder': { title: '인코더–디코더: 시퀀스 뒤집기', train: '인코더–디코더 학습', english: 'Encoder–decoder: reverse a sequence' },
};

test('chapter 2 widgets speak Korean, and switching language keeps their settings and training', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(VIEWPORTS.desktop);
  await openChapter(page, CH2, '?lang=ko&tg.steps=20&sp.hidden=24&ed.text=abc');
  for (const [name, words] of Object.entries(KOREAN)) {
    const w = widget(page, name);
    await w.scrollIntoViewIfNeeded();
    await expect(w.getByRole('heading', { name: words.title })).toBeVisible();
    await expect(w.getByRole('button', { name: words.train })).toBeVisible();
    await expect(w.getByRole('button', { name: '결과 지우기' })).toBeDisabled();
    await expect(w.getByRole('button', { name: '초기화' })).toBeVisible();
  }
  const tagger = widget(page, 'tagger');
  await expect(tagger.getByLabel('한 번에 학습할 스텝 수')).toHaveValue('20');
  await expect(widget(page, 'sentiment-pooling').getByLabel('은닉 유닛 수 n')).toHaveValue('24');
  await tagger.getByLabel(/내 문장/).fill('we can book the zorgly room');
  await expect(tagger.locator('.word-note')).toContainText('모델 어휘에 없어');
  await tagger.getByRole('button', { name: '태거 학습' }).click();
  await expect(tagger.locator('.word-status')).toHaveAttribute('data-status', 'finished', { timeout: 60_000 });
  await expect(tagger.locator('.word-status')).toContainText('평가 데이터 정확도');

  await page.getByRole('button', { name: 'English' }).click();
  for (const [name, words] of Object.entries(KOREAN)) {
    await expect(widget(page, name).getByRole('heading', { name: words.english })).toBeVisible();
  }
  // Trained models, typed text and settings survive the switch.
  await expect(tagger.locator('.word-status')).toHaveAttribute('data-status', 'finished');
  await expect(tagger.getByRole('button', { name: 'Train more' })).toBeVisible();
  await expect(tagger.locator('.word-note')).toContainText('Not in the model\'s vocabulary');
  await expect(tagger.getByLabel('training steps per press')).toHaveValue('20');
  await expect(widget(page, 'encoder-decoder').getByLabel(/Input for the encoder/)).toHaveValue('abc');

  await page.getByRole('button', { name: '한국어' }).click();
  await expect(tagger.getByRole('button', { name: '더 학습' })).toBeVisible();
  await expect(tagger.locator('[data-t="2"] [data-model="tagger"]')).toHaveAttribute('data-class', /.+/);
  await expect(widget(page, 'sentiment-pooling').getByLabel('은닉 유닛 수 n')).toHaveValue('24');
  await expect(page).toHaveURL(/tg\.steps=20/);
});
