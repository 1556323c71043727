/**
 * The reader's sentence word by word, with each model's predicted class and its
 * confidence under every word (a bar in the class colour). Words are buttons: the
 * chosen one is marked, and ←/→ move the choice.
 */
import type { KeyboardEvent } from 'react';

export interface TokenRow {
  key: string;
  label: string;
  /** Row-major [T][K] probabilities, or null before training. */
  probs: Float32Array | null;
}

export function TokenReadings({ tokens, unknown, rows, classes, classNames = classes, colours, selected, onSelect, label }: {
  tokens: readonly string[];
  unknown: readonly string[];
  rows: readonly TokenRow[];
  /** Class keys (data-class). */
  classes: readonly string[];
  /** What the reader sees for each class; default the keys. */
  classNames?: readonly string[];
  colours: readonly string[];
  selected?: number;
  onSelect?(t: number): void;
  label: string;
}) {
  const K = classes.length;
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!onSelect || selected === undefined) return;
    let next: number;
    if (e.key === 'ArrowRight') next = Math.min(tokens.length - 1, selected + 1);
    else if (e.key === 'ArrowLeft') next = Math.max(0, selected - 1);
    else return;
    e.preventDefault();
    onSelect(next);
    // Focus follows the choice, so the arrows keep walking the sentence.
    e.currentTarget.querySelectorAll<HTMLButtonElement>('button.word')[next]?.focus();
  };
  return (
    <div className="word-tokens" role="group" aria-label={label} onKeyDown={onKey}>
      {tokens.map((w, t) => {
        const chosen = selected === t;
        return (
          <div key={t} className="word-token" data-t={t} style={chosen ? { outline: '2px solid #b8336a' } : undefined}>
            {onSelect ? (
              <button type="button" className={`word${unknown.includes(w) ? ' unknown' : ''}`} aria-pressed={chosen} onClick={() => onSelect(t)}>{w}</button>
            ) : (
              <span className={`word${unknown.includes(w) ? ' unknown' : ''}`}>{w}</span>
            )}
            {rows.map((row) => {
              if (!row.probs || row.probs.length < (t + 1) * K) return <span key={row.key} className="tag">—</span>;
              let best = 0;
              for (let k = 1; k < K; k++) if (row.probs[t * K + k] > row.probs[t * K + best]) best = k;
              const p = row.probs[t * K + best];
              return (
                <span key={row.key} className="tag" data-model={row.key} data-class={classes[best]}
                  title={`${row.label}: ${classNames.map((c, k) => `${c} ${row.probs![t * K + k].toFixed(2)}`).join(', ')}`}>
                  <span className="visually-hidden">{row.label}: </span>{classNames[best]} <small>{Math.round(p * 100)}%</small>
                  <span className="word-bar" aria-hidden="true"><span style={{ width: `${p * 100}%`, background: colours[best] }} /></span>
                </span>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
