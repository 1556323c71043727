/**
 * "Pin this run" and the list of pinned runs under a chart: each entry shows its
 * ghost's colour and dash and its name, and has its own remove button. The list is
 * a legend, so a figure export carries the names (the remove buttons stay behind).
 */
import { useMessages } from '../../app/messages';
import { MAX_PINS } from '../../state/pins';
import { pinStyle } from './pins';
import { sharedText } from './text';

interface PinBarProps {
  names: string[];
  onPin(): void;
  onUnpin(index: number): void;
  /** False while there is nothing to pin yet (say, before training starts). */
  canPin?: boolean;
  /** Shown while pinned runs are being recomputed. */
  busy?: boolean;
}

export function PinBar({ names, onPin, onUnpin, canPin = true, busy = false }: PinBarProps) {
  const m = useMessages(sharedText);
  const full = names.length >= MAX_PINS;
  return (
    <div className="pin-bar">
      <button type="button" className="pin-button" onClick={onPin} disabled={full || !canPin}>{m.pinRun}</button>
      {full && <span className="pin-note">{m.pinsFull(MAX_PINS)}</span>}
      {names.length > 0 && (
        <ul className="legend pin-legend" aria-label={m.pinnedRuns}>
          {names.map((name, i) => {
            const style = pinStyle(i);
            return (
              <li key={`${i}-${name}`} data-pin={i}>
                <svg width={24} height={8} aria-hidden="true" className="pin-dash">
                  <line x1={1} x2={23} y1={4} y2={4} stroke={style.colour} strokeWidth={2} strokeDasharray={style.dash} />
                </svg>
                <span className="pin-name">{m.pinned(name)}</span>
                <button type="button" className="pin-remove" onClick={() => onUnpin(i)} aria-label={m.unpin(name)} title={m.unpin(name)}>✕</button>
              </li>
            );
          })}
        </ul>
      )}
      {busy && <span className="pin-note" role="status">{m.pinsComputing}</span>}
    </div>
  );
}
