/**
 * Which quantity the heatmap shows: one button per concept, in its colour. Hovering or
 * focusing a button announces the concept, so the matching symbol in the chapter's
 * equations lights up.
 */
import type { CSSProperties } from 'react';
import { interpolateRgb } from 'd3';
import type { TraceKey } from '../lstm-shared/char-text';
import { useMessages } from '../../app/messages';
import { CONCEPTS, CONCEPT_KEYS, conceptName } from '../lstm-shared/concepts';
import { lstmSharedText } from '../lstm-shared/text';
import { lstmGatesText } from './text';

interface ConceptTabsProps {
  value: TraceKey;
  onChange(key: TraceKey): void;
  /** The concept hovered in the equations (or here). */
  active: TraceKey | null;
  onHover(key: TraceKey | null): void;
}

export function ConceptTabs({ value, onChange, active, onHover }: ConceptTabsProps) {
  const m = useMessages(lstmGatesText);
  const shared = useMessages(lstmSharedText);
  return (
    <div className="concept-tabs" role="group" aria-label={m.heatmapShows}>
      {CONCEPT_KEYS.map((key) => {
        const c = CONCEPTS[key];
        return (
          <button key={key} type="button" aria-pressed={value === key} data-concept-tab={key}
            className={active === key ? 'concept-active' : undefined} style={{ '--tab-colour': c.colour, '--tab-tint': interpolateRgb('#ffffff', c.colour)(0.2) } as CSSProperties}
            onClick={() => onChange(key)} onPointerEnter={() => onHover(key)} onPointerLeave={() => onHover(null)}
            onFocus={() => onHover(key)} onBlur={() => onHover(null)}>
            {c.symbol} · {conceptName(shared, key)}
          </button>
        );
      })}
    </div>
  );
}
