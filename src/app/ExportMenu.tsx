/**
 * "Export" under a widget: the figure as SVG or PNG (2×), with its title, caption
 * and settings line, named `<widget>-<settings hash>`; and links to the widget alone
 * (embed link, iframe code) for slides.
 */
import { useState, type RefObject } from 'react';
import { useT } from './i18n';
import { composeFigureSvg } from './export-svg';
import { download, svgToPng } from './export-png';
import { exportFileName, widgetQuery } from './export-name';
import { EmbedLinks } from './EmbedLinks';

interface ExportMenuProps {
  name: string;
  caption: string;
  figureRef: RefObject<HTMLElement | null>;
  /** The widget's URL prefix, when it told the frame. */
  urlPrefix(): string | undefined;
}

export function ExportMenu({ name, caption, figureRef, urlPrefix }: ExportMenuProps) {
  const t = useT();
  const [status, setStatus] = useState('');

  const run = async (format: 'svg' | 'png') => {
    const figure = figureRef.current;
    if (!figure) return;
    const query = widgetQuery(location.search, urlPrefix());
    const link = `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
    const title = figure.querySelector('.widget-title')?.textContent ?? name;
    const svg = composeFigureSvg(figure, { title, caption, settings: `${t('exportSettings')}: ${query || t('exportDefaults')} · ${link}` });
    try {
      const blob = format === 'svg' ? new Blob([svg.markup], { type: 'image/svg+xml' }) : await svgToPng(svg);
      download(blob, exportFileName(name, query, format));
      setStatus(t('exportDone'));
    } catch {
      setStatus(t('exportFailed'));
    }
  };

  return (
    <details className="export-menu" onToggle={() => setStatus('')}>
      <summary>{t('exportFigure')}</summary>
      <div className="export-actions">
        <button type="button" onClick={() => run('svg')}>{t('exportSvg')}</button>
        <button type="button" onClick={() => run('png')}>{t('exportPng')}</button>
        <EmbedLinks name={name} figureRef={figureRef} urlPrefix={urlPrefix} onStatus={setStatus} />
        <span role="status" className="export-status">{status}</span>
      </div>
    </details>
  );
}
