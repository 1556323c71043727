/**
 * How the chapter's equations name the LSTM's quantities: every symbol is wrapped in its
 * concept class (\htmlClass{gate-f}{…}), or marked with \htmlData{concept=…}{…}.
 * Pure lookups, so the linking rules are testable without a page.
 */
import type { TraceKey } from '../lstm-shared/char-text';

export const CLASS_CONCEPT: Record<string, TraceKey> = {
  'gate-f': 'f', 'gate-i': 'i', 'gate-o': 'o', 'gate-c': 'cand', 'state-c': 'c', 'state-h': 'h',
};

const KEYS = new Set<string>(Object.values(CLASS_CONCEPT));

/** Selector of every concept-marked element. */
export const CONCEPT_SELECTOR = [...Object.keys(CLASS_CONCEPT).map((c) => `.${c}`), '[data-concept]'].join(', ');

/** The concept an element stands for, from its data-concept or its class; null if none. */
export function conceptOf(el: Element): TraceKey | null {
  const data = el.getAttribute('data-concept');
  if (data && KEYS.has(data)) return data as TraceKey;
  for (const [cls, key] of Object.entries(CLASS_CONCEPT)) if (el.classList.contains(cls)) return key;
  return null;
}

/** Selector of the elements standing for `key`. */
export function selectorFor(key: TraceKey): string {
  const classes = Object.entries(CLASS_CONCEPT).filter(([, k]) => k === key).map(([c]) => `.${c}`);
  return [...classes, `[data-concept="${key}"]`].join(', ');
}
