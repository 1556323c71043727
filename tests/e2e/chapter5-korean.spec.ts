import { test, expect, openChapter, VIEWPORTS, type Page } from './fixtures';

const CH5 = '05-bidirectional-and-multi-layer-rnns';
const widget = (page: Page, name: string) => page.locator(`[data-widget="${name}"]`);

const KOREAN: Record<string, { title: string; train: string; english: string }> = {
  'bidirectional-sentiment': { title: '“terribly” 읽기: 순방향만 vs 양방향', train: '둘 다 학습', english: 'Reading “terribly”: forward only vs bidirectional' },
  'bidirectional-lm-leak': { title: '양방향 “언어 모델”의 속임수', train: '둘 다 학습', english: 'A bidirectional “language model” cheats' },
  'stack-depth': { title: '다층 RNN: 1~4층', train: '깊이 1–4 학습', english: 'Stacked RNNs: 1 to 4 layers' },
};

test('chapter 5 widgets speak Korean, and switching language keeps their settings and training', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(VIEWPORTS.desktop);
  await openChapter(page, CH5, '?lang=ko&bs5.steps=20&sd.depth=2&bl.temperature=1.2');
  for (const [name, words] of Object.entries(KOREAN)) {
    const w = widget(page, name);
    await w.scrollIntoViewIfNeeded();
    await expect(w.getByRole('heading', { name: words.title })).toBeVisible();
    await expect(w.getByRole('button', { name: words.train })).toBeVisible();
    await expect(w.getByRole('button', { name: '결과 지우기' })).toBeDisabled();
  }
  await expect(widget(page, 'bidirectional-lm-leak').getByRole('button', { name: '모델마다 3문장 생성' })).toBeDisabled();
  await expect(widget(page, 'stack-depth').getByLabel('아래에 그릴 모델의 층 수 L')).toHaveValue('2');
  const bs = widget(page, 'bidirectional-sentiment');
  await bs.getByRole('button', { name: '둘 다 학습' }).click();
  await expect(bs.locator('.word-status')).toHaveAttribute('data-status', 'finished', { timeout: 60_000 });
  await expect(bs.getByTestId('reading-at')).toContainText('“terribly”에서');
  await expect(bs.getByTestId('concat-state')).toContainText('h←가 읽은 부분');

  await page.getByRole('button', { name: 'English' }).click();
  for (const [name, words] of Object.entries(KOREAN)) {
    await expect(widget(page, name).getByRole('heading', { name: words.english })).toBeVisible();
  }
  await expect(bs.locator('.word-status')).toHaveAttribute('data-status', 'finished');
  await expect(bs.getByTestId('reading-at')).toContainText('At “terribly”');
  await expect(widget(page, 'stack-depth').getByLabel('layers L drawn below')).toHaveValue('2');
  await expect(widget(page, 'bidirectional-lm-leak').getByLabel('sampling temperature τ')).toHaveValue('1.2');

  await page.getByRole('button', { name: '한국어' }).click();
  await expect(bs.getByRole('button', { name: '더 학습' })).toBeVisible();
  await expect(bs.getByTestId('concat-state')).toContainText('h←가 읽은 부분');
  await expect(page).toHaveURL(/sd\.depth=2/);
});
