/** `npm run lab -- train --task lag` as a user runs it: JSON progress lines, then the result. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;

function lab(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/lab/main.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 280_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run lab -- train --task lag', () => {
  it('prints progress lines and a final { accuracy } from the same experiment as the page', () => {
    const r = lab('train', '--task', 'lag', '--lag', '3', '--cell', 'rnn', '--steps', '60', '--seed', '2', '--backend', 'cpu');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const p of lines.slice(0, -1)) expect(p).toEqual(expect.objectContaining({ step: expect.any(Number), accuracy: expect.any(Number) }));
    const final = lines.at(-1);
    expect(final).toMatchObject({ task: 'lag', cell: 'rnn', lag: 3, seed: 2 });
    expect(final.accuracy).toBeGreaterThan(0.5);
  });
  it('--lags <set> races both cells over the set, each lag exactly as a single run from the same seed', () => {
    const r = lab('train', '--task', 'lag', '--lags', 'short', '--steps', '8', '--seed', '4', '--backend', 'cpu');
    expect(r.code).toBe(0);
    const final = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    expect(final).toMatchObject({ task: 'lag', lags: 'short', seed: 4, budget: 8 });
    expect(final.runs.rnn.map((x: { lag: number }) => x.lag)).toEqual([2, 5, 8, 12]);
    expect(final.runs.lstm.map((x: { lag: number }) => x.lag)).toEqual([2, 5, 8, 12]);
    const one = JSON.parse(lab('train', '--task', 'lag', '--lag', '8', '--cell', 'lstm', '--steps', '8', '--seed', '4', '--backend', 'cpu').stdout.trim().split('\n').at(-1)!);
    expect(final.runs.lstm[2]).toMatchObject({ lag: 8, accuracy: one.accuracy, loss: one.loss, steps: one.steps });
  }, 300_000);
  it('rejects a bad option with one line on stderr and a non-zero exit', () => {
    const r = lab('train', '--task', 'lag', '--lag', '-4');
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--lag');
  });
});
