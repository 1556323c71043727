import { test, expect, openChapter, type Page } from './fixtures';

const widget = (page: Page, name: string) => page.locator(`[data-widget="${name}"]`);

/** Each chapter-4 widget: its Korean title, one of its own Korean controls, and its English title. */
const WIDGETS = [
  { name: 'lstm-step', ko: 'LSTM의 한 timestep 분해하기', en: 'One LSTM step, taken apart', control: (w: ReturnType<typeof widget>) => w.getByLabel('망각 게이트 f 강제 (0이면 지움)') },
  { name: 'hidden-vs-cell', ko: '은닉 상태와 셀 상태', en: 'Hidden state vs cell state', control: (w: ReturnType<typeof widget>) => w.getByRole('slider', { name: '유닛' }) },
  { name: 'lstm-gates', ko: '내 텍스트 위의 LSTM 게이트', en: 'LSTM gates on your text', control: (w: ReturnType<typeof widget>) => w.getByRole('button', { name: 'f · 망각 게이트' }) },
  { name: 'cell-gradient', ko: '셀을 통한 기울기와 간단한 RNN의 기울기', en: 'Gradient through the cell vs through a simple RNN', control: (w: ReturnType<typeof widget>) => w.getByRole('button', { name: /이 간격으로 두 모델 학습하기/ }) },
] as const;

test('chapter 4 widgets speak Korean, and switching language keeps their settings', async ({ page }) => {
  await openChapter(page, '04-lstm', '?lang=ko');
  for (const { name, ko, control } of WIDGETS) {
    const w = widget(page, name);
    await w.scrollIntoViewIfNeeded();
    await expect(w.locator('.widget-title')).toHaveText(ko);
    await expect(w.getByRole('button', { name: '초기화' })).toBeVisible();
    await expect(w.getByRole('button', { name: '링크 복사' })).toBeVisible();
    await expect(control(w)).toBeVisible();
  }

  // Change settings in Korean: force the forget gate, pick the output-gate heatmap.
  const step = widget(page, 'lstm-step');
  await step.scrollIntoViewIfNeeded();
  await step.getByLabel('망각 게이트 f 강제 (0이면 지움)').check();
  await expect(step.locator('.step-summary')).toContainText('망각 게이트를 0으로 강제했습니다');
  await expect(step.locator('.step-equations')).toContainText('강제');
  const gates = widget(page, 'lstm-gates');
  await gates.scrollIntoViewIfNeeded();
  await gates.getByRole('button', { name: 'o · 출력 게이트' }).click();
  await expect(gates.locator('.chart-title').first()).toContainText('출력 게이트 o(t): 유닛마다 한 행');
  await expect(widget(page, 'hidden-vs-cell').locator('.hc-summary')).toContainText('|c|의 평균은');
  await expect(widget(page, 'cell-gradient').locator('.cg-summary')).toContainText('배 더 많이');
  await expect(page).toHaveURL(/ls\.forceF=1/);
  await expect(page).toHaveURL(/lg\.show=o/);
  const url = page.url();

  await page.getByRole('button', { name: 'English' }).click();
  for (const { name, en } of WIDGETS) await expect(widget(page, name).locator('.widget-title')).toHaveText(en);
  await expect(step.getByLabel(/force forget gate f/)).toBeChecked();
  await expect(step.locator('.step-summary')).toContainText('Forget gate forced to 0');
  await expect(gates.getByRole('button', { name: 'o · output gate' })).toHaveAttribute('aria-pressed', 'true');
  await expect(gates.getByLabel('text the LSTM reads')).toBeVisible();

  await page.getByRole('button', { name: '한국어' }).click();
  for (const { name, ko } of WIDGETS) await expect(widget(page, name).locator('.widget-title')).toHaveText(ko);
  await expect(step.getByLabel('망각 게이트 f 강제 (0이면 지움)')).toBeChecked();
  await expect(gates.getByRole('button', { name: 'o · 출력 게이트' })).toHaveAttribute('aria-pressed', 'true');
  expect(page.url().replace(/[?&]lang=\w+/, '')).toBe(url.replace(/[?&]lang=\w+/, ''));
});
