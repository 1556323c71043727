// `npm test`: type-check, unit tests (Vitest), production build, browser tests
// (Playwright on Debian's chromium), then one closing line "N passed, N failed,
// N skipped" summed over both runners (the type-check and the build count as one
// check each).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const args = process.argv.slice(2);
const only = (name) => args.length === 0 || args.includes(name);
mkdirSync('reports', { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const run = (label, command, commandArgs, env = {}) => {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
};
const check = (ok) => (ok ? totals.passed++ : totals.failed++);
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

if (only('typecheck')) check(run('type-check', 'npx', ['tsc', '--noEmit', '-p', '.']));

if (only('unit')) {
  rmSync('reports/vitest.json', { force: true });
  const ok = run('unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']);
  const report = readJson('reports/vitest.json');
  if (report) {
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    if (!ok && report.numFailedTests === 0) totals.failed++; // a suite that failed to load
  } else totals.failed++;
}

if (only('e2e')) {
  const built = run('production build', 'npx', ['vite', 'build']);
  check(built);
  if (!ensureChromium()) totals.failed++;
  else if (built) {
    rmSync('reports/playwright.json', { force: true });
    const ok = run('browser tests (playwright + chromium)', 'npx', ['playwright', 'test']);
    const report = readJson('reports/playwright.json');
    if (report) {
      const s = report.stats;
      totals.passed += s.expected + s.flaky;
      totals.failed += s.unexpected;
      totals.skipped += s.skipped;
      if (!ok && s.unexpected === 0) totals.failed++;
    } else totals.failed++;
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
