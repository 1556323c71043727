// `npm run bench [-- --json] [-- --quick] [-- --pages]`: measures the performance
// budgets (Node and headless chromium against production builds) and prints each
// beside its budget. `--pages` measures only the notebook's pages (cold loads,
// layout shift, slider drags). A benchmark, not a test: it never fails on timing.
import { spawn, spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';
import { browserBench } from './bench/browser.mjs';
import { report } from './bench/report.mjs';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const pagesOnly = process.argv.includes('--pages');
// Ports of the two preview servers (BENCH_PORT and the next one), for side-by-side checkouts.
const port = Number(process.env.BENCH_PORT || 4280);
const loadavg = () => spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).stdout.trim();
const loadAtStart = loadavg();
const log = (...a) => (json ? process.stderr : process.stdout).write(a.join(' ') + '\n');

function run(command, args) {
  const r = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return r.stdout;
}

function serve(outDir, port) {
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
  return child;
}

async function waitFor(url) {
  for (let k = 0; k < 100; k++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

let node = null;
if (!pagesOnly) {
  log('bench: Node (fast path, tfjs cpu/wasm)…');
  node = JSON.parse(run('npx', ['tsx', 'scripts/bench/node.ts', ...(quick ? ['--quick'] : [])]).trim().split('\n').at(-1));
}
log('bench: building the notebook and the bench page…');
run('npx', ['vite', 'build', '--logLevel', 'error']);
if (!pagesOnly) run('npx', ['vite', 'build', '--config', 'scripts/bench/vite.bench.config.ts', '--logLevel', 'error']);
if (!ensureChromium()) process.exit(1);
const servers = [serve('dist', port), ...(pagesOnly ? [] : [serve('dist-bench', port + 1)])];
let browser;
try {
  await waitFor(`http://127.0.0.1:${port}/`);
  if (!pagesOnly) await waitFor(`http://127.0.0.1:${port + 1}/`);
  log('bench: chromium…');
  browser = await browserBench({ prodBase: `http://127.0.0.1:${port}`, benchBase: pagesOnly ? null : `http://127.0.0.1:${port + 1}`, quick });
} finally {
  servers.forEach((s) => s.kill());
}
const result = { date: new Date().toISOString(), loadavg: `${loadAtStart} at the start, ${loadavg()} at the end`, node, browser };
if (json) process.stdout.write(JSON.stringify(result) + '\n');
else process.stdout.write(report(result) + '\n');
