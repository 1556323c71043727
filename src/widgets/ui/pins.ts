/**
 * How a widget shows its pinned runs: each pin's ghost style (colour and dash, so
 * the pins differ by more than colour; Okabe–Ito hues, colour-blind safe) and its
 * name, made of what differs from the run on screen ("clip off", "k = 10").
 */
import { differingKeys, type Pin } from '../../state/pins';
import type { Schema, Values } from '../../state/url-params';
import type { SharedText } from './text';

export const PIN_STYLES = [
  { colour: '#009e73', dash: '8 4' },
  { colour: '#e69f00', dash: '3 3' },
  { colour: '#56b4e9', dash: '12 3 3 3' },
] as const;

export type PinStyle = (typeof PIN_STYLES)[number];

export const pinStyle = (index: number): PinStyle => PIN_STYLES[index % PIN_STYLES.length];

/** A setting of a pinned run in words, or null when it need not be said (given the other settings). */
export type DescribeSetting<S extends Schema> = (key: keyof S & string, pinned: Values<S>, current: Values<S>) => string | null;

/**
 * The pin's name: its settings that differ from `current`, in words, joined; when
 * none differ, `same(pin)` (for a trained widget: the same settings, an earlier step).
 */
export function pinName<S extends Schema>(schema: S, pin: Pin<S>, current: Values<S>, describe: DescribeSetting<S>, same: (pin: Pin<S>) => string): string {
  const parts = differingKeys(schema, pin.settings, current)
    .map((k) => describe(k, pin.settings, current))
    .filter((p): p is string => p !== null && p !== '');
  return parts.length > 0 ? parts.join(', ') : same(pin);
}

/** Names of all pins; two that would read alike get their number appended. */
export function pinNames<S extends Schema>(schema: S, pins: readonly Pin<S>[], current: Values<S>, describe: DescribeSetting<S>, same: (pin: Pin<S>) => string): string[] {
  const names = pins.map((p) => pinName(schema, p, current, describe, same));
  return names.map((n, i) => (names.indexOf(n) !== names.lastIndexOf(n) ? `${n} (${i + 1})` : n));
}

/**
 * Clipping in a pin's name, alike in every widget that clips: "clip off", or "clip 1"
 * (the threshold said with "clip" when both differ, not at all while clipping is off).
 */
export function describeClipping(key: 'clip' | 'threshold', pinned: { clip: boolean; threshold: number }, current: { clip: boolean }, m: SharedText): string | null {
  if (key === 'clip') return pinned.clip ? m.pinClip(pinned.threshold) : m.pinClipOff;
  return pinned.clip && pinned.clip === current.clip ? m.pinClip(pinned.threshold) : null;
}
