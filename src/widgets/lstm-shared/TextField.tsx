/** A labelled text box for the reader's own text, with the notes about how it was read. */
import { useId } from 'react';
import { useMessages } from '../../app/messages';
import { lstmSharedText, type TextNote } from './text';

interface TextFieldProps {
  value: string;
  maxLength: number;
  onChange(value: string): void;
  /** Shown under the box: cut text, unknown characters. */
  notes: TextNote[];
}

/** Always "the text the LSTM reads": every chapter-4 widget reads the reader's text. */
export function TextField({ value, maxLength, onChange, notes }: TextFieldProps) {
  const m = useMessages(lstmSharedText);
  const id = useId();
  const noteId = useId();
  const count = Array.from(value).length;
  return (
    <div className="control text-field">
      <span className="control-label">
        <label htmlFor={id}>{m.textLabel}</label> <span className="control-value">{m.characterCount(count, maxLength)}</span>
      </span>
      <textarea id={id} value={value} rows={3} spellCheck={false} aria-describedby={notes.length ? noteId : undefined}
        onChange={(e) => onChange(e.currentTarget.value)} />
      {notes.length > 0 && (
        <ul id={noteId} className="text-notes" role="status">{notes.map((n) => <li key={n.kind}>{m.note(n)}</li>)}</ul>
      )}
    </div>
  );
}
