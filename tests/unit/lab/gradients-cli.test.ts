/** The lab CLI as a user runs it: a child process, one JSON object on stdout, one-line errors. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;

function lab(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/lab/main.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const shape = (a: unknown): number[] => (Array.isArray(a) ? [a.length, ...shape(a[0])] : []);

describe('npm run lab -- gradients', () => {
  it('LSTM: prints one JSON object with every field in the documented shape', () => {
    const r = lab('gradients', '--cell', 'lstm', '--vocab', '7', '--embed', '3', '--hidden', '4', '--length', '9', '--truncation', '4', '--clip', '0.01', '--seed', '3');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ cell: 'lstm', activation: 'tanh', truncation: 4, clip: 0.01, seed: 3 });
    expect(j.tokens).toHaveLength(9);
    expect(j.targets).toEqual([...j.tokens.slice(1), j.targets[8]]);
    expect(j.tokens.every((v: number) => Number.isInteger(v) && v >= 0 && v < 7)).toBe(true);
    const p = j.params;
    expect(shape(p.E)).toEqual([3, 7]);
    for (const g of ['f', 'i', 'o', 'c']) {
      expect(shape(p[`W_${g}`])).toEqual([4, 4]);
      expect(shape(p[`U_${g}`])).toEqual([4, 3]);
      expect(shape(p[`b_${g}`])).toEqual([4]);
    }
    expect(shape(p.U)).toEqual([7, 4]);
    expect(shape(p.b_2)).toEqual([7]);
    expect(j.perplexity).toBeCloseTo(Math.exp(j.loss), 6);
    for (const key of ['gradNorms', 'gradFromLast', 'cellGradNorms']) expect(shape(j[key])).toEqual([9]);
    for (const key of ['hidden', 'cellStates']) expect(shape(j[key])).toEqual([9, 4]);
    for (const g of ['f', 'i', 'o']) expect(shape(j.gates[g])).toEqual([9, 4]);
    // Truncation 4: steps 1–8 are outside the last step's chunk (step 9).
    expect(j.gradFromLast.slice(0, 8).every((v: number) => v === 0)).toBe(true);
    expect(j.clippedGradNorm).toBeCloseTo(Math.min(j.paramGradNorm, 0.01), 6);
  });

  it('RNN defaults: V 20, D 8, H 16, T 30; same seed, same output', () => {
    const a = lab('gradients', '--activation', 'relu', '--radius', '0.5');
    const j = JSON.parse(a.stdout);
    expect(j).toMatchObject({ cell: 'rnn', activation: 'relu', truncation: 0, clip: 0, seed: 0 });
    expect(shape(j.params.E)).toEqual([8, 20]);
    expect(shape(j.params.W_e)).toEqual([16, 8]);
    expect(shape(j.params.W_h)).toEqual([16, 16]);
    expect(shape(j.params.b_1)).toEqual([16]);
    expect(shape(j.params.U)).toEqual([20, 16]);
    expect(shape(j.hidden)).toEqual([30, 16]);
    expect(j.gates).toBeUndefined();
    expect(j.clippedGradNorm).toBe(j.paramGradNorm);
    expect(lab('gradients', '--activation=relu', '--radius=0.5').stdout).toBe(a.stdout);
  });

  for (const bad of [['--hidden', '0'], ['--hidden', '1025'], ['--length', '0'], ['--vocab', 'ten'], ['--cell', 'gru'], ['--frobnicate', '1'], ['--seed']]) {
    it(`rejects ${bad.join(' ')} with a one-line message and a non-zero exit`, () => {
      const r = lab('gradients', ...bad);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/--/);
    });
  }

  it('an unknown command is an error', () => {
    const r = lab('frobnicate');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/unknown command/);
  });
});
