/**
 * The built site runs under its Content-Security-Policy (no 'unsafe-eval'): the header
 * and the <meta> are there, and opening every chapter, training in the worker on the
 * wasm backend, exporting a figure and registering the service worker break no rule.
 */
import { readFileSync } from 'node:fs';
import { test, expect, openChapter, settle, type Page } from './fixtures';
import { cspHeader, cspMeta } from '../../src/app/csp';

const outline = JSON.parse(readFileSync('chapters/outline.json', 'utf8')) as { slug: string }[];
const DIST = process.env.E2E_DIST || 'dist';

/** Records every CSP violation the page (or a frame of it) reports, before any script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

test('the document is served with the policy header, and it has no unsafe-eval', async ({ request }) => {
  for (const path of ['/', `/chapters/${outline[0].slug}`]) {
    const response = await request.get(path);
    expect(response.ok()).toBe(true);
    const header = response.headers()['content-security-policy'];
    expect(header).toBe(cspHeader());
    expect(header).not.toMatch(/'unsafe-eval'/);
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).toContain("object-src 'none'");
  }
});

test('the built index.html carries the policy as its first <meta>, without header-only directives', async ({ page }) => {
  const html = readFileSync(`${DIST}/index.html`, 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(meta, 'CSP meta in the built index.html').not.toBeNull();
  const content = meta![1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  expect(content).toBe(cspMeta());
  expect(content).not.toMatch(/'unsafe-eval'/);
  expect(content).not.toContain('frame-ancestors');
  // Before any script or stylesheet, so it governs all of them.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script|<link rel="stylesheet"/));
  await page.goto('/');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', cspMeta());
});

test('every chapter renders with no policy violation', async ({ page }) => {
  test.setTimeout(180_000);
  const violations = await watchViolations(page);
  for (const { slug } of outline) {
    await openChapter(page, slug);
    await settle(page);
    // Scroll through, so lazily mounted widgets and images load too.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    await settle(page);
    expect(await violations(), `violations on ${slug}`).toEqual([]);
  }
});

test('training in the worker runs on the wasm backend, and the service worker registers, under the policy', async ({ page }) => {
  test.setTimeout(150_000);
  const violations = await watchViolations(page);
  await openChapter(page, '01-rnn-language-models', '?lt.cell=rnn&lt.batch=4');
  const w = page.locator('[data-widget="lm-trainer"]');
  await w.scrollIntoViewIfNeeded();
  await w.getByRole('button', { name: 'One step' }).click();
  await expect(w.getByTestId('lt-step')).toHaveText('1', { timeout: 90_000 });

  // 'wasm-unsafe-eval' is what lets the worker compile tfjs's .wasm; without it tfjs would fall back to cpu.
  await page.keyboard.press('d');
  const panel = page.getByRole('dialog', { name: 'Diagnostics' });
  await expect(panel.locator('[data-worker][data-alive="true"]').first()).toHaveAttribute('data-backend', 'wasm', { timeout: 30_000 });
  await page.keyboard.press('Escape');

  const scope = await page.evaluate(() => Promise.race([
    navigator.serviceWorker.ready.then((r) => r.scope),
    new Promise<string>((resolve) => setTimeout(() => resolve('not registered'), 30_000)),
  ]));
  expect(scope).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(await violations()).toEqual([]);
});

test('exporting a figure as SVG and PNG breaks no rule', async ({ page }) => {
  const violations = await watchViolations(page);
  await openChapter(page, '03-vanishing-and-exploding-gradients', '?gf.rho=1.2');
  const lab = page.locator('[data-widget="gradient-flow"]');
  await expect(lab.locator('.distance-chart')).toBeVisible();
  await lab.locator('.export-menu summary').click();
  for (const kind of [/SVG/, /PNG/]) {
    const [download] = await Promise.all([page.waitForEvent('download'), lab.getByRole('button', { name: kind }).click()]);
    expect(await download.failure()).toBeNull();
  }
  expect(await violations()).toEqual([]);
});
