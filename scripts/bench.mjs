// `npm run bench [-- --json] [-- --quick]`: measures the performance budgets (Node and
// headless chromium against production builds) and prints medians and ratios. A
// benchmark, not a test: it never fails on timing.
import { spawn, spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';
import { browserBench } from './bench/browser.mjs';
import { report } from './bench/report.mjs';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
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

log('bench: Node (fast path, tfjs cpu/wasm)…');
const node = JSON.parse(run('npx', ['tsx', 'scripts/bench/node.ts', ...(quick ? ['--quick'] : [])]).trim().split('\n').at(-1));
log('bench: building the notebook and the bench page…');
run('npx', ['vite', 'build', '--logLevel', 'error']);
run('npx', ['vite', 'build', '--config', 'scripts/bench/vite.bench.config.ts', '--logLevel', 'error']);
if (!ensureChromium()) process.exit(1);
const servers = [serve('dist', 4280), serve('dist-bench', 4281)];
let browser;
try {
  await waitFor('http://127.0.0.1:4280/');
  await waitFor('http://127.0.0.1:4281/');
  log('bench: chromium…');
  browser = await browserBench({ prodBase: 'http://127.0.0.1:4280', benchBase: 'http://127.0.0.1:4281', quick });
} finally {
  servers.forEach((s) => s.kill());
}
const load = spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).stdout.trim();
const result = { date: new Date().toISOString(), loadavg: load, node, browser };
if (json) process.stdout.write(JSON.stringify(result) + '\n');
else process.stdout.write(report(result) + '\n');
