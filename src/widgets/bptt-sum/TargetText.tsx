/** The reader's text as buttons: the character whose loss is differentiated is marked; later ones are not read. */
import { decodeIds, tokenLabel } from '../../data/char-vocab';

interface TargetTextProps {
  ids: number[];
  /** 1-based character whose loss J(T) is taken. */
  T: number;
  onPick(t: number): void;
}

export function TargetText({ ids, T, onPick }: TargetTextProps) {
  return (
    <>
      <div className="lm-text" data-testid="bs-text" aria-label="The text; press a character to take the gradient of its loss">
        {ids.map((id, k) => (
          <button key={k} type="button" className="lm-char" aria-pressed={k === T - 1} onClick={() => onPick(k + 1)}
            aria-label={`character ${k + 1}: ${tokenLabel(id)}`} style={k < T ? undefined : { color: '#767676' }}>
            {decodeIds([id]).replace(' ', '\u00a0')}
          </button>
        ))}
      </div>
      <p className="lm-note">The loss is J({T}): how surprised the model is by character {T} after reading everything before it. Press another character to take its loss instead; the faded ones after it are not read.</p>
    </>
  );
}
