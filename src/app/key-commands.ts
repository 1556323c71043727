/**
 * What a key press means to the shell, as a pure function of the key, the focused
 * element's kind and the mode: typing in a field is never a shortcut, a focused
 * slider keeps its arrow keys, a focused button keeps Space, and a Korean IME
 * composition is left alone.
 */

export type FocusKind = 'text-entry' | 'slider' | 'button' | 'other';

export type KeyCommand =
  | { kind: 'help' | 'diagnostics' | 'toggle-presenter' | 'leave-presenter' }
  | { kind: 'slide'; to: 'next' | 'previous' | 'first' | 'last' }
  | { kind: 'widget'; key: string };

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  isComposing?: boolean;
}

const SLIDE_KEYS: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
};

export function keyCommand(e: KeyInput, focus: FocusKind, presenter: boolean): KeyCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing || e.key === 'Process') return null;
  if (focus === 'text-entry') return null;
  if (e.key === '?') return { kind: 'help' };
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key === 'p') return { kind: 'toggle-presenter' };
  if (key === 'd') return { kind: 'diagnostics' };
  if (presenter) {
    if (key === 'Escape') return { kind: 'leave-presenter' };
    const to = SLIDE_KEYS[e.key];
    if (to) {
      if (focus === 'slider') return null; // the slider moves with its own keys
      if (e.key === ' ' && focus === 'button') return null; // Space presses the button
      return { kind: 'slide', to };
    }
  }
  if (key.length === 1 && key.trim() !== '') return { kind: 'widget', key };
  return null;
}

/** The kind of the element that has focus, read from the DOM. */
export function focusKind(el: Element | null): FocusKind {
  if (!el || !(el instanceof HTMLElement)) return 'other';
  if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return 'text-entry';
  if (el instanceof HTMLInputElement) {
    if (el.type === 'range') return 'slider';
    if (['checkbox', 'radio', 'button', 'submit', 'reset'].includes(el.type)) return 'button';
    return 'text-entry';
  }
  if (el.getAttribute('role') === 'slider') return 'slider';
  if (['BUTTON', 'A', 'SUMMARY'].includes(el.tagName)) return 'button';
  return 'other';
}
