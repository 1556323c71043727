import { describe, expect, it } from 'vitest';
import { decodePin, encodePin, readPins, writePins, withPin, MAX_PINS } from '../../../src/state/pins';
import { createWidgetStore } from '../../../src/state/widget-store';
import { defaults } from '../../../src/state/url-params';
import { pinNames } from '../../../src/widgets/ui/pins';
import { gradientFlowSchema } from '../../../src/widgets/gradient-flow/schema';
import { describeGradientSetting } from '../../../src/widgets/gradient-flow/pins';
import { gradientFlowText } from '../../../src/widgets/gradient-flow/text';
import { sharedText } from '../../../src/widgets/ui/text';

const schema = gradientFlowSchema;
const base = defaults(schema);

describe('pins in the URL', () => {
  it('encodes only what differs from the starting settings, and reads it back', () => {
    const pin = { settings: { ...base, rho: 1.1, truncation: 10, clip: true } };
    const raw = encodePin(schema, pin, base);
    expect(raw).toBe('rho_1.1-truncation_10-clip_1');
    expect(decodePin(schema, raw, base)).toEqual(pin);
    expect(decodePin(schema, '', base)).toEqual({ settings: base });
    expect(decodePin(schema, 'threshold_1e-2-n_40', base)).toEqual({ settings: { ...base, threshold: 0.01 }, steps: 40 });
  });

  it('leaves out broken pins with a notice, never half-used', () => {
    for (const raw of ['rho_abc', 'rho_9', 'nope_1', 'rho', '_1', 'rho_1.1-rho_1.2', 'n_-3', 'x'.repeat(400), 'constructor_1', '__proto___1']) {
      expect(decodePin(schema, raw, base), raw).toBeNull();
    }
    const { pins, problems } = readPins(schema, 'gf', new URLSearchParams('gf.pin=rho_1.1&gf.pin=rho_zz&gf.pin=clip_1'), base);
    expect(pins.map((p) => p.settings.rho)).toEqual([1.1, 0.9]);
    expect(problems).toEqual([{ key: 'pin 2', problem: { code: 'not-pin' } }]);
  });

  it('keeps at most three, without duplicates', () => {
    const search = new URLSearchParams(['rho_1', 'rho_1', 'rho_1.1', 'rho_1.2', 'rho_1.3'].map((v) => `gf.pin=${v}`).join('&'));
    const { pins, problems } = readPins(schema, 'gf', search, base);
    expect(pins.map((p) => p.settings.rho)).toEqual([1, 1.1, 1.2]);
    expect(problems.at(-1)?.problem).toEqual({ code: 'too-many-pins', max: MAX_PINS });
    const full = pins.reduce((acc, p) => withPin(schema, acc, p), [] as typeof pins);
    expect(withPin(schema, full, { settings: { ...base, rho: 0.6 } })).toHaveLength(MAX_PINS);
  });

  it('round-trips through the store: pin, unpin, reset', () => {
    const store = createWidgetStore(schema, 'gf', base, {}, new URLSearchParams('gf.pin=truncation_10'));
    expect(store.getState().pins).toHaveLength(1);
    store.getState().set({ clip: true });
    store.getState().pin();
    expect(store.getState().pins).toHaveLength(2);
    const search = writePins(schema, 'gf', store.getState().pins, new URLSearchParams('x=1'), base);
    expect(search.toString()).toBe('x=1&gf.pin=truncation_10&gf.pin=clip_1');
    store.getState().unpin(0);
    expect(store.getState().pins.map((p) => p.settings.clip)).toEqual([true]);
    store.getState().reset();
    expect(store.getState().pins).toEqual([]);
  });
});

describe('pin names', () => {
  const name = (pinned: Partial<typeof base>, current: Partial<typeof base>, locale: 'en' | 'ko' = 'en') =>
    pinNames(schema, [{ settings: { ...base, ...pinned } }], { ...base, ...current }, describeGradientSetting(gradientFlowText[locale], sharedText[locale]), () => 'same')[0];

  it('says what differs from the run on screen', () => {
    expect(name({}, { clip: true })).toBe('clip off');
    expect(name({ clip: true, threshold: 1 }, { clip: true, threshold: 5 })).toBe('clip 1');
    expect(name({ clip: true, threshold: 2 }, {})).toBe('clip 2');
    expect(name({ truncation: 10 }, {})).toBe('k = 10');
    expect(name({ rho: 1.1, truncation: 10 }, {})).toBe('ρ = 1.1, k = 10');
    expect(name({}, {})).toBe('same');
    expect(name({}, { clip: true }, 'ko')).toBe('클리핑 끔');
  });
});
