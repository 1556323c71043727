/** Link values from a hostile or careless source: every one falls back, clamps or is cut, and text stays well-formed. */
import { describe, it, expect } from 'vitest';
import { readParams, coerce, wellFormed, writeParams, defaults, type Schema } from '../../../src/state/url-params';

const schema = {
  rate: { kind: 'number', default: 0.1, min: 0.001, max: 1 },
  steps: { kind: 'number', default: 10, min: 1, max: 500, integer: true },
  cell: { kind: 'enum', default: 'rnn', values: ['rnn', 'lstm'] },
  clip: { kind: 'boolean', default: false },
  prompt: { kind: 'text', default: 'the', maxLength: 8 },
} as const satisfies Schema;

const HOSTILE = [
  '', ' ', 'NaN', '-NaN', 'Infinity', '-Infinity', '1e309', '-1e309', '9'.repeat(400), '0x1F', '0b11', '0o17', '.5e1', '+3', '1_000', '١٢', '１２',
  '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "javascript:alert('x')", '${7*7}', '{{7*7}}', '__proto__', 'constructor',
  '\u0000', '\u0007\u001b[31m', '\u202eevil\u202c', 'שלום עולם', 'e\u0301\u0301\u0301', '👨‍👩‍👧‍👦', '🇰🇷', '\uFEFF1', 'x'.repeat(10_000),
];

describe('coerce with hostile input', () => {
  it('numbers: anything that is not a finite number is the default; finite values are clamped to the range', () => {
    for (const raw of HOSTILE) {
      for (const spec of [schema.rate, schema.steps] as { min: number; max: number; default: number; integer?: boolean; kind: 'number' }[]) {
        const { value, problem } = coerce(spec, raw);
        expect(Number.isFinite(value), raw).toBe(true);
        expect(value as number).toBeGreaterThanOrEqual(spec.min);
        expect(value as number).toBeLessThanOrEqual(spec.max);
        // A value used as given is the plain decimal the link spelled.
        if (problem === undefined) expect(value, raw.slice(0, 20)).toBe(spec.integer ? Math.round(Number(raw.trim())) : Number(raw.trim()));
      }
    }
    expect(coerce(schema.steps, '1e9')).toEqual({ value: 500, problem: { code: 'out-of-range', min: 1, max: 500 } });
    expect(coerce(schema.rate, '-0')).toEqual({ value: 0.001, problem: { code: 'out-of-range', min: 0.001, max: 1 } });
    expect(coerce(schema.steps, '9'.repeat(400)).problem).toEqual({ code: 'not-number' });
  });

  it('enums and booleans accept only their own spellings', () => {
    for (const raw of HOSTILE) {
      expect(coerce(schema.cell, raw)).toEqual({ value: 'rnn', problem: { code: 'not-choice' } });
      expect(coerce(schema.clip, raw)).toEqual({ value: false, problem: { code: 'not-on-off' } });
    }
    expect(coerce(schema.cell, 'LSTM').value).toBe('rnn');
    expect(coerce(schema.cell, 'lstm ').value).toBe('rnn');
  });

  it('text: any Unicode is kept as given up to the limit, cut by code points past it', () => {
    for (const raw of HOSTILE) {
      const { value, problem } = coerce(schema.prompt, raw);
      const points = Array.from(raw);
      expect(Array.from(value as string).length).toBe(Math.min(points.length, 8));
      expect(value).toBe(points.slice(0, 8).join(''));
      expect(problem === undefined).toBe(points.length <= 8);
      expect(value as string).toBe(wellFormed(value as string));
    }
  });

  it('text: a cut never splits a surrogate pair, and lone surrogates become U+FFFD', () => {
    const emoji = '😀'.repeat(20);
    const { value } = coerce(schema.prompt, emoji);
    expect(value).toBe('😀'.repeat(8));
    expect((value as string).length).toBe(16);
    // Odd offsets: one BMP character first, so a cut by UTF-16 units would land mid-pair.
    expect(coerce(schema.prompt, `a${emoji}`).value).toBe(`a${'😀'.repeat(7)}`);
    expect(coerce(schema.prompt, 'ab\uD83D').value).toBe('ab\uFFFD');
    expect(coerce(schema.prompt, '\uDE00ab').value).toBe('\uFFFDab');
    expect(coerce(schema.prompt, '\uD83D\uD83D\uDE00').value).toBe('\uFFFD😀');
    expect(wellFormed('ok 😀')).toBe('ok 😀');
  });

  it('text: a huge value is cut quickly, without splitting it whole', () => {
    const huge = '😀'.repeat(2_000_000);
    const started = performance.now();
    const { value, problem } = coerce(schema.prompt, huge);
    expect(performance.now() - started).toBeLessThan(200);
    expect(value).toBe('😀'.repeat(8));
    expect(problem).toEqual({ code: 'cut', maxLength: 8 });
  });
});

describe('readParams and writeParams with hostile links', () => {
  it('a link of garbage gives values inside the schema and one problem per key', () => {
    for (const raw of HOSTILE) {
      const search = new URLSearchParams();
      for (const key of Object.keys(schema)) search.set(`x.${key}`, raw);
      const { values, problems } = readParams(schema, 'x', search);
      expect(['rnn', 'lstm']).toContain(values.cell);
      expect(typeof values.clip).toBe('boolean');
      expect(Number.isInteger(values.steps)).toBe(true);
      expect(problems.every((p) => Object.keys(schema).includes(p.key))).toBe(true);
    }
  });

  it('prototype keys and percent-garbage in the query change nothing else', () => {
    const { values, problems } = readParams(schema, 'x', new URLSearchParams('x.__proto__=1&x.constructor=2&__proto__.cell=lstm&x.cell=%E0%A4%A&x.prompt=%ZZ%F0%9F'));
    expect(values.cell).toBe('rnn');
    expect(Object.keys(values).sort()).toEqual(Object.keys(schema).sort());
    expect(problems.map((p) => p.key).sort()).toEqual(['cell']);
    expect(values.prompt).toBe(wellFormed(values.prompt));
    expect(({} as Record<string, unknown>).cell).toBeUndefined();
  });

  it('values written back round-trip through a link, whatever the text', () => {
    const base = defaults(schema);
    for (const prompt of ['<b>x</b>', '&x.c=1', '#frag', '%41+%', '😀e\u0301', '\u0000\u202e', ' ']) {
      const values = { ...base, prompt };
      const next = writeParams(schema, 'x', values, new URLSearchParams('other=1'), base);
      const back = readParams(schema, 'x', new URLSearchParams(next.toString()));
      expect(back.values).toEqual(values);
      expect(back.problems).toEqual([]);
      expect(next.get('other')).toBe('1');
    }
  });
});
