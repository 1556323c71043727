/**
 * The strip above every widget: its notices (link values that could not be used,
 * numerical trouble) and the actions every widget has: reset and copy link.
 */
import { useEffect, useState } from 'react';
import { useMessages } from '../../app/messages';
import type { ParamProblem } from '../../state/url-params';
import { sharedText } from './text';
import { useWidgetFrame } from './widget-frame';

interface WidgetChromeProps {
  title: string;
  notices: ParamProblem[];
  onDismissNotices(): void;
  onReset(): void;
}

export function WidgetChrome({ title, notices, onDismissNotices, onReset }: WidgetChromeProps) {
  const m = useMessages(sharedText);
  const { reportNotices } = useWidgetFrame();
  useEffect(() => reportNotices(notices.length), [reportNotices, notices.length]);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      window.prompt(m.copyLinkPrompt, location.href);
    }
  };
  return (
    <>
      <div className="widget-head">
        <h3 className="widget-title">{title}</h3>
        <div className="widget-actions">
          <button type="button" onClick={onReset}>{m.reset}</button>
          <button type="button" onClick={copy} aria-live="polite">{copied ? m.linkCopied : m.copyLink}</button>
        </div>
      </div>
      {notices.length > 0 && (
        <div className="widget-notice" role="status">
          <ul>{notices.map((n) => <li key={n.key}>{m.linkSetting(n.key, n.problem)}</li>)}</ul>
          <button type="button" onClick={onDismissNotices}>{m.dismiss}</button>
        </div>
      )}
    </>
  );
}
