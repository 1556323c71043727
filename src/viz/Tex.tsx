/**
 * An equation rendered by KaTeX at run time, for equations that show live numbers.
 * Only TeX built by our own code reaches KaTeX (numbers are formatted first), never
 * a reader's text; KaTeX escapes what it renders and `trust` stays limited.
 */
import { memo, useMemo } from 'react';
import katex from 'katex';
import { katexOptions } from '../app/katex-options';

/**
 * KaTeX's output carries MathML, which screen readers read; no extra label is needed.
 * Memoised on the TeX string: a parent's redraw re-renders KaTeX only when the text changes.
 */
export const Tex = memo(function Tex({ tex, display = false }: { tex: string; display?: boolean }) {
  const html = useMemo(() => texHtml(tex, display), [tex, display]);
  const Tag = display ? 'div' : 'span';
  return <Tag className={display ? 'live-equation' : undefined} dangerouslySetInnerHTML={{ __html: html }} />;
});

/** KaTeX's HTML for `tex`, or the error in words (for <Tex> and for painters that set an element's HTML). */
export function texHtml(tex: string, display = false): string {
  try {
    return katex.renderToString(tex, { ...katexOptions, displayMode: display, throwOnError: true });
  } catch (error) {
    return `<span class="widget-alert">${error instanceof Error ? error.message.replace(/[<>&]/g, '') : 'equation error'}</span>`;
  }
}

/** A number for TeX: fixed for ordinary sizes, ×10^k otherwise; NaN and ∞ spelled out. */
export function texNumber(v: number, digits = 2): string {
  if (Number.isNaN(v)) return '\\mathrm{NaN}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-2 && a < 1e4) return v.toFixed(a >= 100 ? 0 : digits);
  const e = Math.floor(Math.log10(a));
  const m = v / 10 ** e;
  return `${m.toFixed(1)}\\times 10^{${e}}`;
}
