/**
 * Chapter 1's "your text" panel in a real browser: pasted English and Korean text
 * train both small models (reduced steps) with samples and the comparison; every kind
 * of bad input is refused with a message and leaves the text in use alone; the file
 * picker; the text kept across a reload; forget; back to Moby-Dick.
 */
import { test, expect, openChapter, snap, VIEWPORTS, type Page } from './fixtures';

const CHAPTER = '01-rnn-language-models';
const panel = (page: Page) => page.locator('[data-widget="own-text"]');

const WORDS = 'the a whale sea ship captain storm night morning harbour sailor rope deck wind wave island map gold'.split(' ');
/** Seeded English-like text of about `chars` characters, in lines. */
function englishText(chars: number, seed = 7): string {
  let s = '';
  let x = seed;
  while (s.length < chars) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += WORDS[x % WORDS.length] + ((x >> 8) % 11 === 0 ? '.\n' : ' ');
  }
  return s;
}
/** Korean prose plus many rare syllables, so the 96-character cap is reached. */
function koreanText(): string {
  const prose = '나는 오늘 아침에 바닷가를 걸었다. 파도가 높고 바람이 시원했다. 배 한 척이 항구로 돌아오고 있었다.\n';
  let rare = '';
  for (let k = 0; k < 300; k++) rare += String.fromCharCode(0xac00 + ((k * 37) % 11172));
  return prose.repeat(40) + rare + '\n' + prose.repeat(5);
}

async function open(page: Page, query = '?yt.steps=10'): Promise<ReturnType<typeof panel>> {
  await openChapter(page, CHAPTER, query);
  const w = panel(page);
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByTestId('yt-paste')).toBeVisible({ timeout: 30_000 });
  return w;
}

test('pasted English text: vocabulary, both models train with samples, the comparison fills in; kept, then back to Moby-Dick and forgotten', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize(VIEWPORTS.desktop);
  const w = await open(page);
  await expect(w.getByTestId('yt-in-use')).toHaveText('Moby-Dick (the default)');
  await w.getByTestId('yt-paste').fill(englishText(4000));
  await w.getByRole('button', { name: 'Use this text' }).click();
  await expect(w.getByTestId('yt-in-use')).toHaveText('your pasted text');
  await expect(w.getByTestId('yt-summary')).toContainText('Vocabulary:');
  await expect(w.getByTestId('yt-unknown')).toContainText('none is read as ‹?›');
  await w.getByRole('button', { name: 'Train both models' }).click();
  await expect(w.getByRole('button', { name: 'Stop' })).toBeVisible();
  for (const m of ['ngram', 'rnn', 'lstm']) await expect(w.getByTestId(`yt-ppl-${m}`)).toHaveText(/^\d+(\.\d+)?$/, { timeout: 200_000 });
  await expect(w.getByTestId('yt-progress-lstm')).toContainText('step 10 of 10');
  await expect(w.getByTestId('yt-sample-lstm')).toHaveText(/[a-z]/);
  await expect(w.getByTestId('yt-ranking')).toContainText('<');
  await w.screenshot({ path: 'screenshots/chapter1-own-text-desktop.png' });

  // Kept in this browser: a reload brings the text back (the models need training again).
  await page.reload();
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByTestId('yt-in-use')).toHaveText('your pasted text', { timeout: 30_000 });
  await expect(w.getByTestId('yt-ppl-lstm')).toHaveText('—');

  await w.getByRole('button', { name: 'Back to Moby-Dick' }).click();
  await expect(w.getByTestId('yt-in-use')).toHaveText('Moby-Dick (the default)');
  await expect(w.getByTestId('yt-summary')).toContainText(/fixed \d+-token vocabulary/);
  // Still kept, but Moby-Dick stays the text in use on the next visit, until the reader picks the kept text again.
  await page.reload();
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByRole('button', { name: /Use my kept text again/ })).toBeVisible({ timeout: 30_000 });
  await expect(w.getByTestId('yt-in-use')).toHaveText('Moby-Dick (the default)');
  await w.getByRole('button', { name: /Use my kept text again/ }).click();
  await expect(w.getByTestId('yt-in-use')).toHaveText('your pasted text');
  await w.getByRole('button', { name: 'Forget my text' }).click();
  await expect(w.getByTestId('yt-in-use')).toHaveText('Moby-Dick (the default)');
  await expect(w.getByRole('button', { name: /Use my kept text again/ })).toHaveCount(0);
  await page.reload();
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByTestId('yt-paste')).toBeVisible({ timeout: 30_000 });
  await expect(w.getByTestId('yt-in-use')).toHaveText('Moby-Dick (the default)');
  await expect(w.getByRole('button', { name: 'Forget my text' })).toHaveCount(0);
});

test('pasted Korean text, Korean page: the cap maps rare syllables to ‹?› and says how many; the models write Hangul', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize(VIEWPORTS.phone);
  const w = await open(page, '?lang=ko&yt.steps=20');
  await w.getByTestId('yt-paste').fill(koreanText());
  await w.getByRole('button', { name: '이 텍스트 사용' }).click();
  await expect(w.getByTestId('yt-in-use')).toHaveText('붙여 넣은 내 텍스트');
  await expect(w.getByTestId('yt-summary')).toContainText('토큰 99개');
  await expect(w.getByTestId('yt-unknown')).toContainText(/드문 문자 \d+개\(\d[\d,]*번 등장/);
  await w.getByRole('button', { name: '두 모델 학습' }).click();
  await expect(w.getByTestId('yt-ppl-lstm')).toHaveText(/^\d+(\.\d+)?$/, { timeout: 200_000 });
  await expect(w.getByTestId('yt-sample-lstm')).toHaveText(/[가-힣]/);
  await expect(w.getByTestId('yt-sample-rnn')).toHaveText(/[가-힣]/);
  await snap(page, 'chapter1-own-text-phone');
  await w.screenshot({ path: 'screenshots/chapter1-own-text-phone.png' });
  const wide = await w.evaluate((el) => [...el.querySelectorAll('*')]
    .filter((e) => e instanceof HTMLElement && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((e) => e.tagName));
  expect(wide).toEqual([]);
});

test('bad input is refused with a clear message and leaves the text in use untouched', async ({ page }) => {
  test.setTimeout(120_000);
  const w = await open(page);
  await w.getByTestId('yt-paste').fill(englishText(3000));
  await w.getByRole('button', { name: 'Use this text' }).click();
  await expect(w.getByTestId('yt-in-use')).toHaveText('your pasted text');
  const summary = await w.getByTestId('yt-summary').textContent();
  const problem = w.getByTestId('yt-problem');
  const paste = async (text: string) => {
    await w.getByTestId('yt-paste').fill(text);
    await w.getByRole('button', { name: 'Use this text' }).click();
  };
  const pick = (name: string, buffer: Buffer) => w.getByTestId('yt-file').setInputFiles({ name, mimeType: 'text/plain', buffer });

  await paste('Call me Ishmael.');
  await expect(problem).toContainText('The text has 16 characters; at least 2,000 are needed');
  await paste('a'.repeat(5000));
  await expect(problem).toContainText('one character repeated');
  await paste('abab\n'.repeat(1000));
  await expect(problem).toContainText('only 2 distinct visible characters');
  await paste(englishText(3000) + '\u0000');
  await expect(problem).toContainText('does not look like text');
  await pick('latin1.txt', Buffer.from(englishText(3000).replace(/e/g, '\u00e9'), 'latin1'));
  await expect(problem).toContainText('not valid UTF-8');
  await pick('picture.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, ...Buffer.from(englishText(3000))]));
  await expect(problem).toContainText('does not look like text');
  await pick('huge.txt', Buffer.alloc(5 * 1024 * 1024 + 10, 'abcdefgh '));
  await expect(problem).toContainText('The text is 5,242,890 bytes, more than the 5.0 MB this page takes');
  await expect(problem).toContainText('The text and the models in use are unchanged.');
  await expect(w.getByTestId('yt-in-use')).toHaveText('your pasted text');
  await expect(w.getByTestId('yt-summary')).toHaveText(summary!);
});

test('the file picker opens a UTF-8 .txt file (with a byte-order mark) and uses it', async ({ page }) => {
  test.setTimeout(90_000);
  const w = await open(page);
  const text = englishText(2500, 3) + '\nCafé naïve — “quoted” 한국어 문장.\n';
  await w.getByTestId('yt-file').setInputFiles({ name: 'story.txt', mimeType: 'text/plain', buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]) });
  await expect(w.getByTestId('yt-in-use')).toHaveText('your text (story.txt)');
  await expect(w.getByTestId('yt-problem')).toHaveCount(0);
  await expect(w.getByTestId('yt-summary')).toContainText('Vocabulary:');
  await expect(w.getByTestId('yt-summary')).toContainText('held out');
});
