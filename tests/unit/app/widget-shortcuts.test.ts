import { describe, it, expect, vi } from 'vitest';
import { findAction, pickTarget, registerShortcuts, shortcutOwners, usableActions, RESERVED_KEYS } from '../../../src/state/widget-shortcuts';

const noop = () => {};

describe('usableActions', () => {
  it('usableActions drops reserved, multi-character and duplicate keys and lower-cases the rest', () => {
    const actions = usableActions([
      { key: 'C', label: 'clip', run: noop },
      { key: 'c', label: 'duplicate', run: noop },
      { key: 'p', label: 'reserved', run: noop },
      { key: ' ', label: 'space', run: noop },
      { key: 'ArrowLeft', label: 'arrow', run: noop },
      { key: 'tt', label: 'two letters', run: noop },
      { key: 'r', label: 'reset', run: noop },
    ]);
    expect(actions.map((a) => `${a.key}:${a.label}`)).toEqual(['c:clip', 'r:reset']);
    for (const key of ['p', 'd', '?', ' ']) expect(RESERVED_KEYS).toContain(key);
  });
});

describe('findAction', () => {
  it('findAction matches keys case-insensitively', () => {
    const actions = usableActions([{ key: 't', label: 'truncation', run: noop }]);
    expect(findAction(actions, 'T')?.label).toBe('truncation');
    expect(findAction(actions, 'x')).toBeUndefined();
  });
});

describe('pickTarget', () => {
  it('pickTarget prefers the focused widget, if it is on screen', () => {
    expect(pickTarget([{ focused: false, visibleArea: 900 }, { focused: true, visibleArea: 10 }])).toBe(1);
    expect(pickTarget([{ focused: false, visibleArea: 900 }, { focused: true, visibleArea: 0 }])).toBe(0);
  });
  it('pickTarget otherwise takes the most visible widget, or none', () => {
    expect(pickTarget([{ focused: false, visibleArea: 10 }, { focused: false, visibleArea: 500 }, { focused: false, visibleArea: 20 }])).toBe(1);
    expect(pickTarget([{ focused: false, visibleArea: 0 }])).toBe(-1);
    expect(pickTarget([])).toBe(-1);
  });
});

describe('registerShortcuts', () => {
  it('registerShortcuts lists a widget while registered and forgets it after', () => {
    const run = vi.fn();
    const unregister = registerShortcuts({ title: 'Lab', element: () => null, actions: [{ key: 'c', label: 'clip', run }] });
    const owner = shortcutOwners().find((o) => o.title === 'Lab');
    expect(owner?.actions.map((a) => a.key)).toEqual(['c']);
    owner?.actions[0].run();
    expect(run).toHaveBeenCalledOnce();
    unregister();
    expect(shortcutOwners().some((o) => o.title === 'Lab')).toBe(false);
  });
});
