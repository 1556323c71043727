/** The reader's sentence: a labelled text field, and the note on what the model could read of it. */
import { useId } from 'react';

export function SentenceField({ label, value, onChange, note, maxLength = 200 }: {
  label: string;
  value: string;
  onChange(value: string): void;
  note: string;
  maxLength?: number;
}) {
  const id = useId();
  return (
    <div className="word-sentence">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} maxLength={maxLength} spellCheck={false} autoComplete="off"
        onChange={(e) => onChange(e.currentTarget.value)} aria-describedby={note ? `${id}-note` : undefined} />
      {note && <p id={`${id}-note`} className="word-note" role="status">{note}</p>}
    </div>
  );
}
