/** The reader's text as buttons: the character whose loss is differentiated is marked; later ones are not read. */
import { decodeIds, tokenLabel } from '../../data/char-vocab';
import { useMessages } from '../../app/messages';
import { bpttSumText } from './text';

interface TargetTextProps {
  ids: number[];
  /** 1-based character whose loss J(T) is taken. */
  T: number;
  onPick(t: number): void;
}

export function TargetText({ ids, T, onPick }: TargetTextProps) {
  const w = useMessages(bpttSumText);
  return (
    <>
      <div className="lm-text" data-testid="bs-text" aria-label={w.textLabel}>
        {ids.map((id, k) => (
          <button key={k} type="button" className="lm-char" aria-pressed={k === T - 1} onClick={() => onPick(k + 1)}
            aria-label={w.charLabel(k + 1, tokenLabel(id))} style={k < T ? undefined : { color: '#767676' }}>
            {decodeIds([id]).replace(' ', '\u00a0')}
          </button>
        ))}
      </div>
      <p className="lm-note">{w.textNote(T)}</p>
    </>
  );
}
