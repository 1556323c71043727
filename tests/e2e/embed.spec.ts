/**
 * Every widget alone at /embed/<name>: each one in the registry draws there with no
 * console error; settings come from the link; its equations come along; it can be
 * framed by another site (a chapter cannot); unknown names and broken settings get a
 * clear page; the widget keys still work; English and Korean pass axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, settle, snap, SCREENSHOT_DIR, VIEWPORTS, type Page } from './fixtures';
import { liveWidgetNames } from '../../src/app/live-widgets';

const PROJECTOR = { width: 1280, height: 720 } as const;
/** What shows that a widget has drawn: a chart, except where a widget starts as text (the sampler, the reader's-text panel: charts come once they run). */
const DRAWN: Record<string, string> = { 'generator': '[data-testid="gen-output"] .lm-char', 'own-text': '.own-source' };
const widgetIn = (page: Page) => page.locator('main.embed [data-embed="widget"]');

async function openEmbed(page: Page, name: string, query = '') {
  await page.goto(`/embed/${name}${query}`);
  await expect(widgetIn(page)).toBeVisible();
  await settle(page);
}

const axeViolations = async (page: Page, include?: string) =>
  (await (include ? new AxeBuilder({ page }).include(include) : new AxeBuilder({ page })).analyze()).violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);

for (const name of liveWidgetNames()) {
  test(`the embed link of ${name} shows that widget alone, drawn`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(PROJECTOR);
    await openEmbed(page, name);
    const widget = widgetIn(page);
    await expect(widget).toHaveAttribute('data-widget', name);
    await expect(widget.locator(DRAWN[name] ?? 'svg, canvas').first()).toBeVisible();
    // Alone: one widget, no site header, no chapter text or pager.
    await expect(page.locator('figure.widget:visible')).toHaveCount(1);
    await expect(page.locator('.site-header, .pager, .toc, article.chapter')).toHaveCount(0);
    await expect(page.locator('.embed-body > p:visible')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Open in chapter/ })).toHaveAttribute('href', new RegExp(`^/chapters/[a-z0-9-]+\\?lang=en#widget-${name}$`));
    // Nothing wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PROJECTOR.width);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/embed-${name}-1280x720.png` });
  });
}

test('an embed takes its settings from the link, shows its equations, and is sized for a projector', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openEmbed(page, 'gradient-flow', '?gf.rho=1.2&gf.activation=tanh');
  const lab = widgetIn(page);
  await expect(lab.getByRole('slider', { name: /spectral radius/ })).toHaveValue('1.2');
  await expect(lab.getByLabel('activation σ')).toHaveValue('tanh');
  await expect(page.locator('[data-embed="equation"] .katex').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('3');
  // Larger type than the chapter: the embed is scaled up on a projector-sized window.
  const scale = await page.locator('main.embed').evaluate((el) => Number(getComputedStyle(el).zoom));
  expect(scale).toBeGreaterThan(1.3);
  await snap(page, 'embed-gradient-flow-1920x1080');
  await page.setViewportSize(VIEWPORTS.phone);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
  expect(await page.locator('main.embed').evaluate((el) => Number(getComputedStyle(el).zoom))).toBe(1);
  await snap(page, 'embed-gradient-flow-phone');
});

test('"Open in chapter" leads to the widget in its chapter, with the settings changed in the embed', async ({ page }) => {
  await page.setViewportSize(PROJECTOR);
  await openEmbed(page, 'gradient-flow', '?gf.rho=1.2');
  await widgetIn(page).getByLabel('gradient clipping').check();
  await expect(page).toHaveURL(/gf\.clip=1/);
  await page.getByRole('link', { name: /Open in chapter/ }).click();
  await expect(page).toHaveURL(/\/chapters\/03-vanishing-and-exploding-gradients\?.*gf\.rho=1\.2.*#widget-gradient-flow$/);
  await expect(page).toHaveURL(/gf\.clip=1/);
  const lab = page.locator('article.chapter [data-widget="gradient-flow"]');
  await expect(lab.locator('.distance-chart')).toBeVisible();
  await expect(lab.getByLabel('gradient clipping')).toBeChecked();
  await expect(lab).toBeInViewport();
});

test('widget keys and presenter keys work in an embed: it is a deck of one slide', async ({ page }) => {
  await page.setViewportSize(PROJECTOR);
  await openEmbed(page, 'gradient-flow');
  const clip = widgetIn(page).getByLabel('gradient clipping');
  await expect(clip).not.toBeChecked();
  await page.keyboard.press('c');
  await expect(clip).toBeChecked();
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/present=1&slide=1/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/slide=1/);
  await expect(widgetIn(page)).toBeVisible();
  await page.keyboard.press('r');
  await expect(clip).not.toBeChecked();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('gradient clipping on/off');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/present=1/);
});

test.describe('in an iframe on another site', () => {
  test.use({ expectedConsole: /^error: Framing 'http:\/\/127\.0\.0\.1:\d+\/' violates the following Content Security Policy directive: "frame-ancestors 'none'"\. The request has been blocked\.\s*$/ });

  test('the embed draws inside the frame; a chapter refuses to be framed', async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const seen: string[] = [];
    page.on('console', (m) => seen.push(m.text()));
    // The slide deck: another origin (its own port), on this machine (Chromium blocks a public page from framing a local one).
    const deck = `<!doctype html><html lang="en"><title>Lecture slides</title><h1>Slide 7</h1>
      <iframe id="embed" title="embedded widget" width="1280" height="720" src="${baseURL}/embed/gradient-flow?gf.rho=1.2&lang=ko"></iframe>
      <iframe id="chapter" title="chapter" width="400" height="300" src="${baseURL}/chapters/04-lstm"></iframe>`;
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(deck));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await page.goto(`http://127.0.0.1:${port}/deck.html`);
      const frame = page.frameLocator('#embed');
      await expect(frame.locator('[data-embed="widget"] .distance-chart')).toBeVisible({ timeout: 60_000 });
      await expect(frame.locator('[data-embed="widget"]').getByRole('slider', { name: /스펙트럼 반경/ })).toHaveValue('1.2');
      await expect(frame.locator('main.embed')).toHaveAttribute('lang', 'ko');
      // Inside a frame, the way back opens a new tab rather than replacing the slide's frame.
      await expect(frame.getByRole('link', { name: /장에서 열기/ })).toHaveAttribute('target', '_blank');
      await expect.poll(() => seen.some((line) => /^Framing .* violates .*frame-ancestors 'none'/.test(line)), { timeout: 30_000 }).toBe(true);
      await expect(page.frameLocator('#chapter').locator('article.chapter')).toHaveCount(0);
    } finally {
      server.close();
    }
  });
});

test('an unknown widget name gets a clear page with the widgets that exist and a link home, in both languages', async ({ page }) => {
  await page.goto('/embed/no-such-widget');
  await expect(page.getByRole('heading', { level: 1, name: 'No such widget' })).toBeVisible();
  await expect(page.locator('main')).toContainText('no-such-widget');
  await expect(page.getByRole('link', { name: 'gradient-flow' })).toHaveAttribute('href', '/embed/gradient-flow?lang=en');
  await expect(page.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
  expect(await axeViolations(page)).toEqual([]);
  await snap(page, 'embed-unknown-en');
  await page.goto('/embed/%3Cscript%3E?lang=ko');
  await expect(page.getByRole('heading', { level: 1, name: '그런 위젯은 없습니다' })).toBeVisible();
  await expect(page.locator('main code').first()).toHaveText('<script>');
  await expect(page.getByRole('link', { name: '처음으로' })).toBeVisible();
  await page.goto('/embed/');
  await expect(page.getByRole('heading', { level: 1, name: 'No such widget' })).toBeVisible();
  // Choosing a widget from the list opens its embed.
  await page.getByRole('link', { name: 'lag-race' }).click();
  await expect(widgetIn(page)).toHaveAttribute('data-widget', 'lag-race');
});

test('broken settings in an embed link get a clear notice, a way to the defaults and home, and the widget still draws', async ({ page }) => {
  await page.setViewportSize(PROJECTOR);
  await openEmbed(page, 'gradient-flow', '?gf.rho=banana&gf.T=99999');
  const alert = page.locator('.embed-problem-banner');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('could not be used');
  await expect(widgetIn(page).locator('.widget-notice')).toBeVisible();
  await expect(widgetIn(page).locator('.distance-chart')).toBeVisible();
  await expect(alert.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
  await snap(page, 'embed-broken-state');
  await alert.getByRole('link', { name: 'Open with default settings' }).click();
  await expect(page).toHaveURL(/\/embed\/gradient-flow\?lang=en$/);
  await expect(widgetIn(page).locator('.distance-chart')).toBeVisible();
  await expect(page.locator('.embed-problem-banner')).toHaveCount(0);
  // The same in Korean.
  await openEmbed(page, 'gradient-flow', '?gf.rho=banana&lang=ko');
  await expect(page.locator('.embed-problem-banner')).toContainText('그대로 쓸 수 없었습니다');
  await expect(page.locator('.embed-problem-banner').getByRole('link', { name: '처음으로' })).toBeVisible();
});

for (const lang of ['en', 'ko'] as const) {
  test(`an embed (${lang}) has no accessibility violations`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(PROJECTOR);
    await openEmbed(page, 'lstm-step', `?lang=${lang}`);
    await expect(page.locator('main.embed')).toHaveAttribute('lang', lang);
    await expect(page.locator('[data-embed="equation"]').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await snap(page, `embed-lstm-step-${lang}-1280x720`);
  });
}

test('a Korean embed is in Korean throughout its frame', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openEmbed(page, 'exploding-clipping', '?lang=ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('link', { name: /장에서 열기/ })).toHaveAttribute('href', /lang=ko#widget-exploding-clipping$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('장');
  await expect(page).toHaveTitle(/RNN 노트북/);
  await snap(page, 'embed-exploding-clipping-ko-1920x1080');
});

test('after one visit, an embed opens offline, and stays frameable there (a chapter does not)', async ({ page, context }) => {
  test.setTimeout(120_000);
  await openEmbed(page, 'gradient-flow');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  await context.setOffline(true);
  try {
    const embed = await page.goto('/embed/gradient-flow?gf.rho=1.3&lang=ko');
    expect(embed?.fromServiceWorker()).toBe(true);
    expect(embed?.headers()['content-security-policy']).toContain('frame-ancestors *');
    await expect(widgetIn(page).locator('.distance-chart')).toBeVisible();
    await expect(widgetIn(page).getByRole('slider', { name: /스펙트럼 반경/ })).toHaveValue('1.3');
    const chapter = await page.goto('/chapters/04-lstm');
    expect(chapter?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    // An embed in a frame loads from the cache too.
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      Object.assign(frame, { id: 'offline-embed', title: 'embedded widget', src: '/embed/lag-race' });
      document.body.append(frame);
    });
    await expect(page.frameLocator('#offline-embed').locator('[data-embed="widget"] svg').first()).toBeVisible({ timeout: 60_000 });
  } finally {
    await context.setOffline(false);
  }
});

test.describe('the Export menu', () => {
  const CHAPTER = '/chapters/03-vanishing-and-exploding-gradients';
  const lab = (page: Page) => page.locator('article.chapter [data-widget="gradient-flow"]');

  test('copies the embed link and the iframe code of the widget as set, and the link opens it alone', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(`${CHAPTER}?gf.rho=1.2&lt.cell=rnn`);
    await expect(lab(page).locator('.distance-chart')).toBeVisible();
    await lab(page).getByLabel('activation σ').selectOption('tanh');
    await lab(page).locator('.export-menu summary').click();
    const menu = lab(page).locator('.export-menu');
    await menu.getByRole('button', { name: 'Copy embed link' }).click();
    await expect(menu.getByRole('status')).toHaveText('Embed link copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${baseURL}/embed/gradient-flow?gf.rho=1.2&gf.activation=tanh&lang=en`);

    await menu.getByRole('button', { name: 'Copy iframe code' }).click();
    await expect(menu.getByRole('status')).toHaveText('Iframe code copied.');
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toContain(`src="${baseURL}/embed/gradient-flow?gf.rho=1.2&amp;gf.activation=tanh&amp;lang=en"`);
    expect(code).toMatch(/^<iframe [^>]*title="Gradient flow through time"[^>]*><\/iframe>$/);

    await page.goto(link);
    await expect(widgetIn(page).locator('.distance-chart')).toBeVisible();
    await expect(widgetIn(page).getByLabel('activation σ')).toHaveValue('tanh');
    await expect(widgetIn(page).getByRole('slider', { name: /spectral radius/ })).toHaveValue('1.2');
  });

  test('where the clipboard is refused, the link appears selected in a field to copy by hand (Korean)', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    await page.goto(`${CHAPTER}?gf.rho=0.9&lang=ko`);
    await expect(lab(page).locator('.distance-chart')).toBeVisible();
    await lab(page).locator('.export-menu summary').click();
    const menu = lab(page).locator('.export-menu');
    await menu.getByRole('button', { name: '임베드 링크 복사' }).click();
    const field = menu.getByLabel(/복사가 허용되지 않았습니다/);
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(/\/embed\/gradient-flow\?gf\.rho=0\.9&lang=ko$/);
    expect(await field.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe(await field.inputValue());
    await menu.getByRole('button', { name: 'iframe 코드 복사' }).click();
    await expect(field).toHaveValue(/^<iframe src="[^"]*\/embed\/gradient-flow\?gf\.rho=0\.9&amp;lang=ko" title="시간을 거스르는 기울기의 흐름"/);
    expect(await axeViolations(page, '[data-widget="gradient-flow"] .export-menu')).toEqual([]);
  });
});
