/**
 * Named actions a widget offers to the keyboard ("toggle clipping" on c, "reset" on
 * r): the lecturer flips them live without reaching for the mouse. A widget
 * registers while mounted; the shell routes a key to the widget on screen (the
 * current slide in presenter mode, else the focused or most visible widget).
 * No DOM or React here beyond an element getter, so the rules are unit-testable.
 */

export interface WidgetAction {
  /** One character, lower case ("c", "t", "k", "s", "r"). */
  key: string;
  /** What the key does, as the help overlay lists it ("toggle clipping"). */
  label: string;
  run(): void;
}

export interface ShortcutOwner {
  /** The widget's title, heading its group in the help overlay. */
  title: string;
  /** The widget's frame on the page: decides whether it is the one on screen. */
  element(): Element | null;
  actions: WidgetAction[];
}

/** Keys the shell itself uses: a widget cannot take them. */
export const RESERVED_KEYS: readonly string[] = ['p', 'd', '?', ' ', 'escape', 'arrowleft', 'arrowright', 'arrowup', 'arrowdown', 'pageup', 'pagedown', 'home', 'end', 'tab', 'enter'];

/** Normalises a key as KeyboardEvent.key gives it: letters lower-cased. */
export const normaliseKey = (key: string): string => (key.length === 1 ? key.toLowerCase() : key.toLowerCase());

/** The actions a widget may actually have: single printable keys, not reserved, first one wins. */
export function usableActions(actions: readonly WidgetAction[]): WidgetAction[] {
  const seen = new Set<string>();
  const out: WidgetAction[] = [];
  for (const action of actions) {
    const key = normaliseKey(action.key);
    if (Array.from(key).length !== 1 || key.trim() === '' || RESERVED_KEYS.includes(key) || seen.has(key)) continue;
    seen.add(key);
    out.push({ ...action, key });
  }
  return out;
}

export function findAction(actions: readonly WidgetAction[], key: string): WidgetAction | undefined {
  const k = normaliseKey(key);
  return actions.find((a) => a.key === k);
}

export interface TargetCandidate {
  /** Focus is inside this widget. */
  focused: boolean;
  /** Area of the widget inside the viewport, in px² (0 when hidden or off screen). */
  visibleArea: number;
}

/** Which widget a key goes to: the focused one, else the most visible one; -1 if none is on screen. */
export function pickTarget(candidates: readonly TargetCandidate[]): number {
  const focused = candidates.findIndex((c) => c.focused && c.visibleArea > 0);
  if (focused >= 0) return focused;
  let best = -1;
  for (let i = 0; i < candidates.length; i++) {
    if (candidates[i].visibleArea > 0 && (best < 0 || candidates[i].visibleArea > candidates[best].visibleArea)) best = i;
  }
  return best;
}

const owners = new Set<ShortcutOwner>();
const listeners = new Set<() => void>();
let snapshot: ShortcutOwner[] = [];

function changed(): void {
  snapshot = Array.from(owners);
  listeners.forEach((l) => l());
}

/** Adds a widget's actions; call the returned function on unmount. */
export function registerShortcuts(owner: ShortcutOwner): () => void {
  const entry = { ...owner, actions: usableActions(owner.actions) };
  owners.add(entry);
  changed();
  return () => {
    owners.delete(entry);
    changed();
  };
}

/** Every registered widget, in registration order (for the help overlay). */
export const shortcutOwners = (): ShortcutOwner[] => snapshot;

export function subscribeShortcuts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
