/**
 * The strip above every widget: its notices (link values that could not be used,
 * numerical trouble) and the actions every widget has: reset and copy link.
 */
import { useState } from 'react';

interface WidgetChromeProps {
  title: string;
  notices: string[];
  onDismissNotices(): void;
  onReset(): void;
}

export function WidgetChrome({ title, notices, onDismissNotices, onReset }: WidgetChromeProps) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      window.prompt('Copy this link:', location.href);
    }
  };
  return (
    <>
      <div className="widget-head">
        <h3 className="widget-title">{title}</h3>
        <div className="widget-actions">
          <button type="button" onClick={onReset}>Reset</button>
          <button type="button" onClick={copy} aria-live="polite">{copied ? 'Link copied' : 'Copy link'}</button>
        </div>
      </div>
      {notices.length > 0 && (
        <div className="widget-notice" role="status">
          <ul>{notices.map((n) => <li key={n}>{n}</li>)}</ul>
          <button type="button" onClick={onDismissNotices}>Dismiss</button>
        </div>
      )}
    </>
  );
}
