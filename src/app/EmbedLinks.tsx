/**
 * "Copy embed link" and "Copy iframe code" in a widget's Export menu: the widget alone
 * with its current settings and the reader's language, for a projector or a slide.
 * The clipboard says "copied" in the menu's status line; where the browser refuses the
 * clipboard, the text appears selected in a field to copy by hand.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useT } from './i18n';
import { embedPathFor, iframeCode } from './embed-link';
import { useSettings } from '../state/settings';

interface EmbedLinksProps {
  name: string;
  figureRef: RefObject<HTMLElement | null>;
  urlPrefix(): string | undefined;
  onStatus(text: string): void;
}

export function EmbedLinks({ name, figureRef, urlPrefix, onStatus }: EmbedLinksProps) {
  const t = useT();
  const locale = useSettings((s) => s.locale);
  const [manual, setManual] = useState<string | null>(null);
  const fieldId = useId();
  const fieldRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (manual === null) return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [manual]);

  const copy = async (kind: 'link' | 'iframe') => {
    // Read when pressed: the settings (and so the address) change as the reader works.
    const link = `${location.origin}${embedPathFor(name, location.search, urlPrefix(), locale)}`;
    const title = figureRef.current?.querySelector('.widget-title')?.textContent || name;
    const text = kind === 'link' ? link : iframeCode(link, title);
    try {
      await navigator.clipboard.writeText(text);
      setManual(null);
      onStatus(t(kind === 'link' ? 'exportEmbedCopied' : 'exportIframeCopied'));
    } catch {
      onStatus('');
      setManual(text);
    }
  };

  return (
    <>
      <button type="button" onClick={() => copy('link')}>{t('exportEmbedLink')}</button>
      <button type="button" onClick={() => copy('iframe')}>{t('exportIframe')}</button>
      {manual !== null && (
        <span className="export-manual">
          <label htmlFor={fieldId}>{t('exportCopyByHand')}</label>
          <textarea id={fieldId} ref={fieldRef} readOnly rows={manual.startsWith('<') ? 3 : 2} value={manual} onFocus={(e) => e.currentTarget.select()} />
        </span>
      )}
    </>
  );
}
