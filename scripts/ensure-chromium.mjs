// The browser tests drive Debian's chromium. It is never downloaded by a test tool:
// if it is missing, install it from Debian's packages when we are root, or say how.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-dejavu-core', 'fonts-noto-cjk'];
const COMMAND = `apt-get update && apt-get install -y ${PACKAGES.join(' ')}`;

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.error(`chromium not found at ${CHROMIUM}; installing Debian's package: ${COMMAND}`);
    const run = spawnSync('sh', ['-c', COMMAND], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status === 0 && existsSync(CHROMIUM)) return true;
  }
  console.error(`The browser tests need Debian's chromium at ${CHROMIUM}. Install it with:\n  sudo sh -c '${COMMAND}'`);
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
