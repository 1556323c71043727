/**
 * Links the chapter's equations to the heatmaps: hovering a symbol in a displayed
 * equation of this chapter (f, i, o, c̃, c, h) tells the widget which concept to
 * highlight, and the concept the reader points at in the widget lights up its symbols
 * in the equations. Works only inside the widget's own <article>, by event delegation
 * (so re-rendered equations keep working); if there is no article or no equation,
 * nothing happens.
 */
import { useEffect, useRef } from 'react';
import type { TraceKey } from '../lstm-shared/char-text';
import { CONCEPT_SELECTOR, conceptOf, selectorFor } from './equation-concepts';

const ACTIVE = 'concept-active';
/** Only symbols in displayed equations take part (not every inline mention in the prose). */
const SCOPE = '.katex-display';

interface EquationLinkProps {
  onConcept(key: TraceKey | null): void;
  active: TraceKey | null;
}

export function EquationLink({ onConcept, active }: EquationLinkProps) {
  const anchor = useRef<HTMLSpanElement>(null);
  const report = useRef(onConcept);
  report.current = onConcept;

  useEffect(() => {
    const article = anchor.current?.closest('article');
    if (!article) return;
    const symbolAt = (target: EventTarget | null): TraceKey | null => {
      if (!(target instanceof Element) || !target.closest(SCOPE)) return null;
      const el = target.closest(CONCEPT_SELECTOR);
      return el ? conceptOf(el) : null;
    };
    const over = (e: Event) => {
      const key = symbolAt(e.target);
      if (key) report.current(key);
    };
    const out = (e: Event) => {
      if (symbolAt(e.target) && !symbolAt((e as PointerEvent).relatedTarget)) report.current(null);
    };
    article.addEventListener('pointerover', over);
    article.addEventListener('pointerout', out);
    return () => {
      article.removeEventListener('pointerover', over);
      article.removeEventListener('pointerout', out);
    };
  }, []);

  useEffect(() => {
    const article = anchor.current?.closest('article');
    if (!article || !active) return;
    const marked = Array.from(article.querySelectorAll(`${SCOPE} :is(${selectorFor(active)})`));
    marked.forEach((el) => el.classList.add(ACTIVE));
    return () => marked.forEach((el) => el.classList.remove(ACTIVE));
  }, [active]);

  return <span ref={anchor} hidden />;
}
