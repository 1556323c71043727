/** What happened to the reader's text on its way into the model: unknown characters, cutting, emptiness. */
import { describeCharacter, type Encoded } from '../../data/char-vocab';

export function PromptNotes({ encoded, max }: { encoded: Encoded; max: number }) {
  const notes: string[] = [];
  if (encoded.ids.length === 0) notes.push('The prompt is empty: the model starts from the start token alone.');
  if (encoded.unknownCount > 0) {
    const shown = encoded.unknown.slice(0, 8).map(describeCharacter).join(', ');
    notes.push(`${encoded.unknownCount} character${encoded.unknownCount === 1 ? ' is' : 's are'} not in the model's vocabulary and ${encoded.unknownCount === 1 ? 'is' : 'are'} read as the unknown symbol ‹?›: ${shown}${encoded.unknown.length > 8 ? ', …' : ''}.`);
  }
  if (encoded.truncated) notes.push(`The prompt is longer than ${max} characters: only the first ${max} are read.`);
  if (notes.length === 0) return null;
  return (
    <ul className="lm-note" role="status" data-testid="prompt-notes">
      {notes.map((n) => <li key={n}>{n}</li>)}
    </ul>
  );
}
