/** Where the reader's text comes in: a field to paste into, or a .txt file; a refusal says why. */
import { useRef } from 'react';
import { useMessages } from '../../app/messages';
import type { OwnTextProblem } from '../../data/own-text';
import { ownTextText } from './text';

interface TextSourceProps {
  id: string;
  problem: OwnTextProblem | null;
  busy: boolean;
  onText(text: string): void;
  onFile(file: File): void;
}

export function TextSource({ id, problem, busy, onText, onFile }: TextSourceProps) {
  const t = useMessages(ownTextText);
  // Uncontrolled: a text of megabytes is not copied into the store on every keystroke.
  const field = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="own-source">
      <div className="control own-paste">
        <label htmlFor={`${id}-paste`}>{t.pasteLabel}</label>
        <textarea id={`${id}-paste`} ref={field} rows={5} spellCheck={false} data-testid="yt-paste" />
      </div>
      <div className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={() => onText(field.current?.value ?? '')}>{t.useText}</button>
        <label className="own-file">
          {t.openFile}{' '}
          <input type="file" accept=".txt,text/plain" disabled={busy} data-testid="yt-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) onFile(file);
            }} />
        </label>
      </div>
      {problem && <p className="widget-alert" role="alert" data-testid="yt-problem">{t.refused(problem)}</p>}
    </div>
  );
}
