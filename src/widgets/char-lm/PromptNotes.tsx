/** What happened to the reader's text on its way into the model: unknown characters, cutting, emptiness. */
import { useMessages } from '../../app/messages';
import { describeCharacter, type Encoded } from '../../data/char-vocab';
import { charLmText } from './text';

interface PromptNotesProps {
  encoded: Encoded;
  /** Longest input read, in characters. */
  max: number;
  /** What the reader typed is: a prompt to continue, or a text to read. */
  kind?: 'prompt' | 'text';
  /** The note for an empty input (default: the prompt's). */
  empty?: string;
}

export function PromptNotes({ encoded, max, kind = 'prompt', empty }: PromptNotesProps) {
  const t = useMessages(charLmText);
  const notes: string[] = [];
  if (encoded.ids.length === 0) notes.push(empty ?? t.emptyPrompt);
  if (encoded.unknownCount > 0) {
    const shown = encoded.unknown.slice(0, 8).map(describeCharacter).join(', ');
    notes.push(t.unknownCharacters(encoded.unknownCount, shown, encoded.unknown.length > 8));
  }
  if (encoded.truncated) notes.push(kind === 'prompt' ? t.promptTooLong(max) : t.textTooLong(max));
  if (notes.length === 0) return null;
  return (
    <ul className="lm-note" role="status" data-testid="prompt-notes">
      {notes.map((n) => <li key={n}>{n}</li>)}
    </ul>
  );
}
