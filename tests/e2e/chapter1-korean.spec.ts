/** Chapter 1's widgets in Korean: titles, buttons and sentences, and a language switch that keeps settings and results. */
import { test, expect, openChapter, VIEWPORTS, type Page } from './fixtures';

const CHAPTER = '01-rnn-language-models';
const widget = (page: Page, name: string) => page.locator(`[data-widget="${name}"]`);

/** Each widget's Korean title, one Korean button it shows, and its English title. */
const KOREAN: Record<string, { title: string; button: string; english: string }> = {
  'lm-step-view': { title: 'RNN 언어 모델의 한 timestep 따라가기', button: '초기화', english: 'One step of the RNN language model, followed through' },
  'teacher-forcing': { title: '티처 포싱과 모델 자신의 예측을 입력으로 주는 경우의 비교', button: '초기화', english: 'Teacher forcing against feeding the model its own predictions' },
  'lm-trainer': { title: 'Moby-Dick으로 문자 단위 언어 모델 학습하기', button: '한 단계', english: 'Train a character-level language model on Moby-Dick' },
  'bptt-sum': { title: '반복해서 쓰인 가중치의 기울기는 등장한 위치마다의 기울기의 합', button: '초기화', english: 'The gradient of a repeated weight is a sum over its appearances' },
  generator: { title: '문자를 하나씩 샘플링해 텍스트 생성하기', button: '생성', english: 'Generate text, one sampled character at a time' },
  'perplexity-compare': { title: '같은 검증 텍스트에서의 퍼플렉서티: n-gram, 간단한 RNN, LSTM', button: '초기화', english: 'Perplexity on the same held-out text: n-gram, simple RNN, LSTM' },
};

test('chapter 1 widgets speak Korean, and switching language keeps their settings and results', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize(VIEWPORTS.desktop);
  await openChapter(page, CHAPTER, '?lang=ko&sv.t=3&tf.mistake=1&lt.cell=rnn&lt.batch=8&bs.k=5&gen.maxLength=20&pc.chars=3000');
  for (const [name, words] of Object.entries(KOREAN)) {
    const w = widget(page, name);
    await w.scrollIntoViewIfNeeded();
    await expect(w.getByRole('heading', { name: words.title })).toBeVisible({ timeout: 30_000 });
    await expect(w.getByRole('button', { name: words.button, exact: true })).toBeVisible();
  }
  const stepView = widget(page, 'lm-step-view');
  const teacher = widget(page, 'teacher-forcing');
  const trainer = widget(page, 'lm-trainer');
  const bptt = widget(page, 'bptt-sum');
  const generator = widget(page, 'generator');
  const compare = widget(page, 'perplexity-compare');

  await expect(stepView.getByLabel('살펴볼 timestep t')).toHaveValue('3');
  await expect(teacher.getByTestId('tf-summary')).toContainText('강제로 넣으면', { timeout: 30_000 });
  await expect(bptt.getByTestId('bs-truncation')).toContainText('k = 5 timestep씩 나눈 구간', { timeout: 30_000 });
  await expect(trainer.getByRole('button', { name: '학습 시작' })).toBeVisible();
  await trainer.getByRole('button', { name: '한 단계' }).click();
  await expect(trainer.getByTestId('lt-step')).toHaveText('1', { timeout: 60_000 });
  await expect(trainer.getByRole('button', { name: '학습 계속' })).toBeVisible();
  await generator.getByRole('button', { name: '생성', exact: true }).click();
  await expect(generator.locator('p.lm-status')).toContainText('멈췄습니다', { timeout: 60_000 });
  const written = await generator.getByTestId('gen-output').locator('button.lm-char').count();
  expect(written).toBeGreaterThan(0);
  await expect(compare.getByTestId('pc-verdict')).toContainText('순위', { timeout: 100_000 });

  await page.getByRole('button', { name: 'English' }).click();
  for (const [name, words] of Object.entries(KOREAN)) {
    await expect(widget(page, name).getByRole('heading', { name: words.english })).toBeVisible();
  }
  // Settings, the trained step, the generated text and the measurements survive the switch.
  await expect(stepView.getByLabel('step t', { exact: true })).toHaveValue('3');
  await expect(teacher.getByTestId('tf-summary')).toContainText('A forced');
  await expect(bptt.getByTestId('bs-truncation')).toContainText('Chunks of k = 5 steps');
  await expect(trainer.getByTestId('lt-step')).toHaveText('1');
  await expect(trainer.getByRole('button', { name: 'Continue training' })).toBeVisible();
  await expect(generator.getByTestId('gen-output').locator('button.lm-char')).toHaveCount(written);
  await expect(generator.locator('p.lm-status')).toContainText('Stopped');
  await expect(compare.getByTestId('pc-verdict')).toContainText('ranking');

  // The worker kept the trained weights: one more step is step 2, not a fresh start.
  await trainer.getByRole('button', { name: 'One step' }).click();
  await expect(trainer.getByTestId('lt-step')).toHaveText('2', { timeout: 60_000 });

  await page.getByRole('button', { name: '한국어' }).click();
  await expect(trainer.getByRole('button', { name: '학습 계속' })).toBeVisible();
  await expect(trainer.getByTestId('lt-step')).toHaveText('2');
  await expect(stepView.getByLabel('살펴볼 timestep t')).toHaveValue('3');
  await expect(generator.getByTestId('gen-output').locator('button.lm-char')).toHaveCount(written);
  await expect(page).toHaveURL(/bs\.k=5/);
});
