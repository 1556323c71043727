/**
 * The text itself, each character's background coloured by one unit's value at that
 * step (the look of the well-known LSTM visualisations). It wraps, so it reads on a
 * phone; clicking a character moves the cursor there.
 */
interface CharStripProps {
  labels: readonly string[];
  values: ArrayLike<number>;
  colour(v: number): string;
  cursor: number;
  onPick(t: number): void;
  /** Accessible name of the strip. */
  label: string;
}

/** Black or white text, whichever reads on the background. */
function ink(background: string): string {
  const m = background.match(/\d+/g);
  if (!m) return '#000';
  const [r, g, b] = m.map(Number);
  return 0.299 * r + 0.587 * g + 0.114 * b > 140 ? '#111' : '#fff';
}

export function CharStrip({ labels, values, colour, cursor, onPick, label }: CharStripProps) {
  return (
    <p className="char-strip" aria-label={label}>
      {labels.map((ch, t) => {
        const bg = Number.isFinite(values[t]) ? colour(values[t]) : '#000';
        return (
          <span key={t} className={t === cursor ? 'char-cursor' : undefined} style={{ background: bg, color: ink(bg) }}
            onClick={() => onPick(t)} title={`${ch}: ${Number(values[t]).toFixed(3)}`}>
            {ch === '␣' ? '\u00a0' : ch}
          </span>
        );
      })}
    </p>
  );
}
