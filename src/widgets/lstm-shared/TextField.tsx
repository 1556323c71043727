/** A labelled text box for the reader's own text, with the notes about how it was read. */
import { useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  maxLength: number;
  onChange(value: string): void;
  /** Shown under the box: cut text, unknown characters. */
  notes: string[];
}

export function TextField({ label, value, maxLength, onChange, notes }: TextFieldProps) {
  const id = useId();
  const noteId = useId();
  const count = Array.from(value).length;
  return (
    <div className="control text-field">
      <span className="control-label">
        <label htmlFor={id}>{label}</label> <span className="control-value">{count} / {maxLength} characters</span>
      </span>
      <textarea id={id} value={value} rows={3} spellCheck={false} aria-describedby={notes.length ? noteId : undefined}
        onChange={(e) => onChange(e.currentTarget.value)} />
      {notes.length > 0 && (
        <ul id={noteId} className="text-notes" role="status">{notes.map((n) => <li key={n}>{n}</li>)}</ul>
      )}
    </div>
  );
}
