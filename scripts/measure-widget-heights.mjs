// `node scripts/measure-widget-heights.mjs [dist]`: measures every chapter widget's
// drawn height at a phone and a desktop width in the built site (default `dist`) and
// writes src/widgets/reserved-heights.json, which the placeholders reserve while a
// widget's code loads. Re-run after a change to a widget's layout
// (tests/e2e/widget-loading.spec.ts says when the table is out of date).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './ensure-chromium.mjs';

const dist = process.argv[2] ?? 'dist';
const port = 4290 + Math.floor(Math.random() * 9);
const base = `http://127.0.0.1:${port}`;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const WIDTHS = [390, 1280];

const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const heights = {};
try {
  for (let k = 0; k < 100; k++) {
    try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  const slugs = JSON.parse(readFileSync('chapters/outline.json', 'utf8')).map((c) => c.slug);
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    for (const slug of slugs) {
      await page.goto(`${base}/chapters/${slug}`);
      await page.locator('article.chapter h1').waitFor();
      // Walk down the chapter so every widget loads, then let them finish drawing.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 100));
        }
      });
      await page.waitForFunction(() => document.querySelectorAll('.widget-loading, [aria-busy="true"]').length === 0, null, { timeout: 120_000 });
      await page.waitForTimeout(1500);
      const sizes = await page.evaluate(() => [...document.querySelectorAll('figure.widget .widget-body')].map((body) => {
        const r = body.getBoundingClientRect();
        return [body.closest('figure').dataset.widget, Math.round(r.width), Math.round(r.height)];
      }));
      for (const [name, w, h] of sizes) (heights[name] ??= []).push([w, h]);
      console.error(`${slug} at ${width}px: ${sizes.map(([n, w, h]) => `${n} ${w}×${h}`).join(', ')}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
const sorted = Object.fromEntries(Object.entries(heights).sort(([a], [b]) => a.localeCompare(b)).map(([name, samples]) => [name, samples.sort((a, b) => a[0] - b[0])]));
writeFileSync('src/widgets/reserved-heights.json', JSON.stringify(sorted, null, 0).replace(/\],"/g, '],\n"').replace(/^\{/, '{\n').replace(/\}$/, '\n}\n'));
console.error('wrote src/widgets/reserved-heights.json');
