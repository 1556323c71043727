/** Copies the page's address (settings, seed, slide and all) to the clipboard. */
import { useEffect, useState } from 'react';
import { useT } from './i18n';

export function CopyLinkButton({ className }: { className?: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setCopied(true);
    } catch {
      window.prompt(t('copyLinkPrompt'), location.href);
    }
  };
  return (
    <button type="button" className={className} onClick={copy}>
      <span aria-live="polite">{copied ? t('linkCopied') : t('copyLink')}</span>
    </button>
  );
}
