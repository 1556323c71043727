/**
 * Runs a widget shortcut on the widget the lecturer means: the focused widget, else
 * the one taking most of the viewport (in presenter mode the only one displayed).
 */
import { findAction, pickTarget, shortcutOwners } from '../state/widget-shortcuts';

function visibleArea(el: Element | null): number {
  if (!el || el.getClientRects().length === 0) return 0;
  const r = el.getBoundingClientRect();
  const w = Math.min(r.right, window.innerWidth) - Math.max(r.left, 0);
  const h = Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** @returns whether a widget took the key. */
export function runWidgetKey(key: string): boolean {
  const owners = shortcutOwners();
  const active = document.activeElement;
  const target = pickTarget(
    owners.map((o) => {
      const el = o.element();
      return { focused: !!el && !!active && el.contains(active), visibleArea: visibleArea(el) };
    }),
  );
  if (target < 0) return false;
  const action = findAction(owners[target].actions, key);
  if (!action) return false;
  action.run();
  return true;
}
