/**
 * Which quantity the heatmap shows: one button per concept, in its colour. Hovering or
 * focusing a button announces the concept, so the matching symbol in the chapter's
 * equations lights up.
 */
import type { CSSProperties } from 'react';
import { interpolateRgb } from 'd3';
import type { TraceKey } from '../lstm-shared/char-text';
import { CONCEPTS, CONCEPT_KEYS } from '../lstm-shared/concepts';

interface ConceptTabsProps {
  value: TraceKey;
  onChange(key: TraceKey): void;
  /** The concept hovered in the equations (or here). */
  active: TraceKey | null;
  onHover(key: TraceKey | null): void;
}

export function ConceptTabs({ value, onChange, active, onHover }: ConceptTabsProps) {
  return (
    <div className="concept-tabs" role="group" aria-label="heatmap shows">
      {CONCEPT_KEYS.map((key) => {
        const c = CONCEPTS[key];
        return (
          <button key={key} type="button" aria-pressed={value === key} data-concept-tab={key}
            className={active === key ? 'concept-active' : undefined} style={{ '--tab-colour': c.colour, '--tab-tint': interpolateRgb('#ffffff', c.colour)(0.2) } as CSSProperties}
            onClick={() => onChange(key)} onPointerEnter={() => onHover(key)} onPointerLeave={() => onHover(null)}
            onFocus={() => onHover(key)} onBlur={() => onHover(null)}>
            {c.symbol} · {c.name}
          </button>
        );
      })}
    </div>
  );
}
