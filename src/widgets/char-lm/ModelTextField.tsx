/** The one-line "text read by the model" field of chapter 1's pretrained-model views. */
import { useMessages } from '../../app/messages';
import { charLmText } from './text';

export function ModelTextField({ id, value, onChange }: { id: string; value: string; onChange(text: string): void }) {
  const lm = useMessages(charLmText);
  return (
    <div className="control">
      <label htmlFor={`${id}-text`}>{lm.textReadByModel}</label>
      <input id={`${id}-text`} className="lm-prompt" type="text" value={value} maxLength={400} onChange={(e) => onChange(e.currentTarget.value)} />
    </div>
  );
}
