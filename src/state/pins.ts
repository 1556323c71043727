/**
 * Pinned runs: up to three earlier settings a chart keeps drawing as ghosts while
 * the reader changes the controls. A pin is settings, not numbers: the widget
 * recomputes it from the seed, so a shared link shows the same comparison. In the
 * URL each pin is one `prefix.pin` entry listing what differs from the widget's
 * starting settings, `key_value` pairs joined by `-` ("gf.pin=rho_1.1-truncation_10";
 * an empty value is the starting settings themselves). Trained widgets add `n_<steps>`,
 * how far the pinned run had trained. Link values are untrusted: a pin that does not
 * parse is left out with a notice, never half-used.
 */
import { coerce, defaults, type ParamProblem, type Schema, type Values } from './url-params';

export const MAX_PINS = 3;

export interface Pin<S extends Schema> {
  settings: Values<S>;
  /** Training steps the pinned run had taken (trained widgets only). */
  steps?: number;
}

const STEPS_KEY = 'n';
const MAX_STEPS = 1_000_000;
/** Longer values are not read at all. */
const MAX_PIN_LENGTH = 300;

const encodeValue = (v: unknown) => (typeof v === 'boolean' ? (v ? '1' : '0') : String(v));

/** Which settings differ between two settings objects, in schema order. */
export function differingKeys<S extends Schema>(schema: S, a: Values<S>, b: Values<S>): (keyof S & string)[] {
  return (Object.keys(schema) as (keyof S & string)[]).filter((k) => a[k] !== b[k]);
}

export function samePin<S extends Schema>(schema: S, a: Pin<S>, b: Pin<S>): boolean {
  return differingKeys(schema, a.settings, b.settings).length === 0 && (a.steps ?? 0) === (b.steps ?? 0);
}

/** One pin as its URL value (only what differs from `base`). */
export function encodePin<S extends Schema>(schema: S, pin: Pin<S>, base: Values<S>): string {
  const pairs = differingKeys(schema, pin.settings, base).map((k) => `${k}_${encodeValue(pin.settings[k])}`);
  if (pin.steps !== undefined) pairs.push(`${STEPS_KEY}_${pin.steps}`);
  return pairs.join('-');
}

/** A name for the pin that does not depend on a widget's starting settings (to key results by). */
export function pinKey<S extends Schema>(schema: S, pin: Pin<S>): string {
  return encodePin(schema, pin, defaults(schema));
}

/** One URL value as a pin, or null if any part of it is not a setting of this schema. */
export function decodePin<S extends Schema>(schema: S, raw: string, base: Values<S>): Pin<S> | null {
  if (raw.length > MAX_PIN_LENGTH) return null;
  const settings: Record<string, unknown> = { ...base };
  let steps: number | undefined;
  const seen = new Set<string>();
  // Pairs are split before a letter only, so a value such as 1e-5 stays whole.
  for (const pair of raw === '' ? [] : raw.split(/-(?=[A-Za-z])/)) {
    const cut = pair.indexOf('_');
    if (cut <= 0) return null;
    const key = pair.slice(0, cut);
    const value = pair.slice(cut + 1);
    if (seen.has(key)) return null;
    seen.add(key);
    if (key === STEPS_KEY) {
      if (!/^\d{1,7}$/.test(value) || Number(value) > MAX_STEPS) return null;
      steps = Number(value);
      continue;
    }
    if (!Object.hasOwn(schema, key)) return null;
    const spec = schema[key];
    if (spec.kind === 'text') return null;
    const { value: v, problem } = coerce(spec, value);
    if (problem) return null;
    settings[key] = v;
  }
  return { settings: settings as Values<S>, ...(steps !== undefined ? { steps } : {}) };
}

/** The pins in `search` under `prefix`, with a problem for each entry left out. */
export function readPins<S extends Schema>(schema: S, prefix: string, search: URLSearchParams, base: Values<S>): { pins: Pin<S>[]; problems: ParamProblem[] } {
  const pins: Pin<S>[] = [];
  const problems: ParamProblem[] = [];
  const raws = search.getAll(`${prefix}.pin`);
  raws.forEach((raw, i) => {
    if (pins.length >= MAX_PINS) return;
    const pin = decodePin(schema, raw, base);
    if (!pin) problems.push({ key: `pin ${i + 1}`, problem: { code: 'not-pin' } });
    else if (!pins.some((p) => samePin(schema, p, pin))) pins.push(pin);
  });
  if (raws.length > MAX_PINS) problems.push({ key: 'pin', problem: { code: 'too-many-pins', max: MAX_PINS } });
  return { pins, problems };
}

/** Writes `pins` under `prefix` (replacing earlier pins), leaving other keys alone. */
export function writePins<S extends Schema>(schema: S, prefix: string, pins: readonly Pin<S>[], search: URLSearchParams, base: Values<S>): URLSearchParams {
  const next = new URLSearchParams(search);
  next.delete(`${prefix}.pin`);
  for (const pin of pins) next.append(`${prefix}.pin`, encodePin(schema, pin, base));
  return next;
}

/** `pins` with `pin` added at the end, unless it is already there or the list is full. */
export function withPin<S extends Schema>(schema: S, pins: readonly Pin<S>[], pin: Pin<S>): Pin<S>[] {
  if (pins.length >= MAX_PINS || pins.some((p) => samePin(schema, p, pin))) return [...pins];
  return [...pins, pin];
}
