/** What happened to the reader's text on its way into the model: unknown characters, cutting, emptiness. */
import { describeCharacter, type Encoded } from '../../data/char-vocab';

interface PromptNotesProps {
  encoded: Encoded;
  /** Longest input read, in characters. */
  max: number;
  /** What the reader typed is called ("prompt", "text"). */
  noun?: string;
  /** The note for an empty input. */
  empty?: string;
}

export function PromptNotes({ encoded, max, noun = 'prompt', empty = 'The prompt is empty: the model starts from the start token alone.' }: PromptNotesProps) {
  const notes: string[] = [];
  if (encoded.ids.length === 0) notes.push(empty);
  if (encoded.unknownCount > 0) {
    const shown = encoded.unknown.slice(0, 8).map(describeCharacter).join(', ');
    notes.push(`${encoded.unknownCount} character${encoded.unknownCount === 1 ? ' is' : 's are'} not in the model's vocabulary and ${encoded.unknownCount === 1 ? 'is' : 'are'} read as the unknown symbol ‹?›: ${shown}${encoded.unknown.length > 8 ? ', …' : ''}.`);
  }
  if (encoded.truncated) notes.push(`The ${noun} is longer than ${max} characters: only the first ${max} are read.`);
  if (notes.length === 0) return null;
  return (
    <ul className="lm-note" role="status" data-testid="prompt-notes">
      {notes.map((n) => <li key={n}>{n}</li>)}
    </ul>
  );
}
