import { describe, it, expect } from 'vitest';
import { readParams, writeParams, defaults, coerce, type Schema } from '../../../src/state/url-params';
import { createWidgetStore } from '../../../src/state/widget-store';
import { createRng } from '../../../src/core/random';

const schema = {
  rho: { kind: 'number', default: 1, min: 0.5, max: 1.5 },
  length: { kind: 'number', default: 40, min: 2, max: 200, integer: true },
  cell: { kind: 'enum', default: 'rnn', values: ['rnn', 'lstm'] },
  clip: { kind: 'boolean', default: false },
  prompt: { kind: 'text', default: '', maxLength: 10 },
} as const satisfies Schema;

describe('readParams', () => {
  it('readParams(empty) gives the defaults with no problems', () => {
    const { values, problems } = readParams(schema, 'gf', new URLSearchParams());
    expect(values).toEqual(defaults(schema));
    expect(problems).toEqual([]);
  });
  it('readParams(valid values) reads them under the prefix only', () => {
    const { values, problems } = readParams(schema, 'gf', new URLSearchParams('gf.rho=1.2&gf.length=100&gf.cell=lstm&gf.clip=1&other.rho=0.7&gf.prompt=héllo'));
    expect(values).toEqual({ rho: 1.2, length: 100, cell: 'lstm', clip: true, prompt: 'héllo' });
    expect(problems).toEqual([]);
  });
  it('readParams(garbage) falls back to defaults or bounds and reports each key', () => {
    const { values, problems } = readParams(schema, 'gf', new URLSearchParams('gf.rho=NaN&gf.length=1e9&gf.cell=<script>&gf.clip=maybe&gf.prompt=😀😀😀😀😀😀😀😀😀😀😀😀'));
    expect(values.rho).toBe(1);
    expect(values.length).toBe(200);
    expect(values.cell).toBe('rnn');
    expect(values.clip).toBe(false);
    expect(Array.from(values.prompt)).toHaveLength(10);
    expect(problems).toHaveLength(5);
  });
  it('coerce(number) rounds integers and rejects Infinity and empty strings', () => {
    expect(coerce(schema.length, '12.6').value).toBe(13);
    expect(coerce(schema.rho, 'Infinity').problem).toBeTruthy();
    expect(coerce(schema.rho, '').value).toBe(1);
  });
  it('random strings never produce a value outside the schema (seeded fuzz)', () => {
    const rng = createRng(7);
    const alphabet = ['', '0', '-1', '1e308', '0x10', 'true', 'lstm', ' ', '%00', '\u202e', '<img src=x>', '1.5', 'NaN', '２'];
    for (let n = 0; n < 500; n++) {
      const search = new URLSearchParams();
      for (const key of Object.keys(schema)) search.set(`gf.${key}`, alphabet[rng.int(alphabet.length)] + alphabet[rng.int(alphabet.length)]);
      const { values } = readParams(schema, 'gf', search);
      expect(values.rho).toBeGreaterThanOrEqual(0.5);
      expect(values.rho).toBeLessThanOrEqual(1.5);
      expect(Number.isInteger(values.length)).toBe(true);
      expect(['rnn', 'lstm']).toContain(values.cell);
      expect(typeof values.clip).toBe('boolean');
      expect(Array.from(values.prompt).length).toBeLessThanOrEqual(10);
    }
  });
});

describe('writeParams', () => {
  it('writeParams then readParams round-trips, writing only non-default values', () => {
    const base = defaults(schema);
    const values = { ...base, rho: 0.75, cell: 'lstm' as const, clip: true };
    const search = writeParams(schema, 'gf', values, new URLSearchParams('keep=1&gf.length=9'), base);
    expect(search.get('keep')).toBe('1');
    expect(search.has('gf.length')).toBe(false);
    expect(readParams(schema, 'gf', search).values).toEqual(values);
  });
});

describe('createWidgetStore', () => {
  it('two stores never share settings, and reset returns to the starting settings', () => {
    const base = { ...defaults(schema), length: 60 };
    const a = createWidgetStore(schema, 'a', base, {}, new URLSearchParams('a.rho=0.6'));
    const b = createWidgetStore(schema, 'b', base, {}, new URLSearchParams());
    a.getState().set({ length: 100 });
    expect(b.getState().settings.length).toBe(60);
    expect(a.getState().settings.rho).toBe(0.6);
    a.getState().reset();
    expect(a.getState().settings).toEqual(base);
  });
  it('a bad link value becomes a notice', () => {
    const store = createWidgetStore(schema, 'a', defaults(schema), {}, new URLSearchParams('a.rho=abc'));
    expect(store.getState().notices).toHaveLength(1);
    store.getState().dismissNotices();
    expect(store.getState().notices).toHaveLength(0);
  });
});
