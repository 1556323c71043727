/**
 * Widget settings in the URL: each widget declares a schema (type, default, range),
 * and reads/writes its keys under a short prefix ("gf.rho=1.2"). Anything a link
 * carries is untrusted: garbage, out-of-range and over-long values fall back to the
 * default (or the nearest bound) with a notice the widget shows.
 */

export type ParamSpec =
  | { kind: 'number'; default: number; min: number; max: number; integer?: boolean }
  | { kind: 'enum'; default: string; values: readonly string[] }
  | { kind: 'boolean'; default: boolean }
  | { kind: 'text'; default: string; maxLength: number };

export type Schema = Record<string, ParamSpec>;

export type ValueOf<P extends ParamSpec> = P extends { kind: 'number' }
  ? number
  : P extends { kind: 'boolean' }
    ? boolean
    : P extends { kind: 'enum'; values: readonly (infer V)[] }
      ? V
      : string;

export type Values<S extends Schema> = { [K in keyof S]: ValueOf<S[K]> };

/** Why a link value could not be used as given; the widget words it in the reader's language. */
export type Problem =
  | { code: 'not-number' }
  | { code: 'out-of-range'; min: number; max: number }
  | { code: 'not-choice' }
  | { code: 'not-on-off' }
  | { code: 'not-text' }
  | { code: 'cut'; maxLength: number }
  /** A pinned run (see pins.ts) that could not be read: left out. */
  | { code: 'not-pin' }
  /** More pinned runs than a chart shows: the rest are left out. */
  | { code: 'too-many-pins'; max: number };

/** One link value that was ignored or adjusted: which key, and why. */
export interface ParamProblem {
  key: string;
  problem: Problem;
}

export function defaults<S extends Schema>(schema: S): Values<S> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(schema)) out[key] = spec.default;
  return out as Values<S>;
}

/** Plain decimal notation only: no hex, binary or octal, no "Infinity", no empty string. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Coerces one raw value to the spec; returns the value and a problem, if any. */
export function coerce(spec: ParamSpec, raw: unknown): { value: unknown; problem?: Problem } {
  switch (spec.kind) {
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && DECIMAL.test(raw.trim()) ? Number(raw) : NaN;
      if (!Number.isFinite(n)) return { value: spec.default, problem: { code: 'not-number' } };
      let v = spec.integer ? Math.round(n) : n;
      if (v < spec.min || v > spec.max) {
        v = Math.min(spec.max, Math.max(spec.min, v));
        return { value: v, problem: { code: 'out-of-range', min: spec.min, max: spec.max } };
      }
      return { value: v };
    }
    case 'enum':
      return spec.values.includes(raw as string) ? { value: raw } : { value: spec.default, problem: { code: 'not-choice' } };
    case 'boolean':
      if (raw === true || raw === '1' || raw === 'true' || raw === 'on') return { value: true };
      if (raw === false || raw === '0' || raw === 'false' || raw === 'off') return { value: false };
      return { value: spec.default, problem: { code: 'not-on-off' } };
    case 'text': {
      if (typeof raw !== 'string') return { value: spec.default, problem: { code: 'not-text' } };
      // maxLength code points fit in 2·maxLength UTF-16 units: cut a huge string before any work on it
      // (a pair split at that cut lies past maxLength code points, so it is dropped below).
      const tooLong = raw.length > 2 * spec.maxLength;
      const text = wellFormed(tooLong ? raw.slice(0, 2 * spec.maxLength) : raw);
      const chars = Array.from(text);
      if (tooLong || chars.length > spec.maxLength) return { value: chars.slice(0, spec.maxLength).join(''), problem: { code: 'cut', maxLength: spec.maxLength } };
      return { value: text };
    }
  }
}

/** Lone surrogates (possible in values set from code, never from a decoded URL) become U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

export interface ParsedParams<S extends Schema> {
  values: Values<S>;
  /** One line per key that could not be used as given, for the widget's notice. */
  problems: ParamProblem[];
}

/** Reads `prefix.key` entries of `search` against `schema`; absent keys take their default. */
export function readParams<S extends Schema>(schema: S, prefix: string, search: URLSearchParams, base?: Partial<Values<S>>): ParsedParams<S> {
  const values: Record<string, unknown> = { ...defaults(schema), ...base };
  const problems: ParamProblem[] = [];
  for (const [key, spec] of Object.entries(schema)) {
    const raw = search.get(`${prefix}.${key}`);
    if (raw === null) continue;
    const { value, problem } = coerce(spec, raw);
    values[key] = value;
    if (problem) problems.push({ key, problem });
  }
  return { values: values as Values<S>, problems };
}

const encode = (v: unknown) => (typeof v === 'boolean' ? (v ? '1' : '0') : String(v));

/** Writes the values that differ from `base` under `prefix`, leaving other keys alone. */
export function writeParams<S extends Schema>(schema: S, prefix: string, values: Values<S>, search: URLSearchParams, base: Values<S>): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const key of Object.keys(schema)) {
    const name = `${prefix}.${key}`;
    if (values[key] === base[key]) next.delete(name);
    else next.set(name, encode(values[key]));
  }
  return next;
}
