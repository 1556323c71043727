/**
 * A widget's figure as one standalone SVG: its SVG charts placed where they are on
 * screen, canvases (heatmaps) as embedded images, then the title, caption and the
 * settings line as text. Every element gets its computed style inlined, so colours
 * from CSS variables, currentColor and fonts survive outside the page.
 */
import { wrapText } from './export-name';

/** Inherited properties: written only where they differ from the parent's value. */
const INHERITED = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline',
  'visibility', 'color', 'paint-order',
];
/** Not inherited: written only where they differ from the initial value. */
const OWN: Record<string, string> = { opacity: '1', 'mix-blend-mode': 'normal' };
const SVG_NS = 'http://www.w3.org/2000/svg';
const MARGIN = 16;
/** Presentation attributes that only mean something inside the page. */
const PAGE_ONLY = /var\(|currentcolor/i;

function inlineStyles(source: Element, clone: Element, parent: CSSStyleDeclaration | null): void {
  const style = getComputedStyle(source);
  const declarations: string[] = [];
  for (const p of INHERITED) {
    const v = style.getPropertyValue(p);
    if (!parent || parent.getPropertyValue(p) !== v) declarations.push(`${p}:${v}`);
  }
  for (const [p, initial] of Object.entries(OWN)) {
    const v = style.getPropertyValue(p);
    if (v !== initial) declarations.push(`${p}:${v}`);
  }
  if (style.display === 'none') declarations.push('display:none');
  for (const attr of Array.from(clone.attributes)) if (PAGE_ONLY.test(attr.value) && attr.name !== 'style') clone.removeAttribute(attr.name);
  clone.removeAttribute('class');
  if (declarations.length) clone.setAttribute('style', declarations.join(';'));
  else clone.removeAttribute('style');
  for (let i = 0; i < source.children.length; i++) inlineStyles(source.children[i], clone.children[i], style);
}

interface Part {
  element: SVGSVGElement | HTMLCanvasElement | HTMLElement;
  box: DOMRect;
}

/** HTML labels the charts rely on (titles, legend entries), shared by every widget's CSS. */
const LABELS = '.chart-title, .legend > *';

/** The figure's charts: visible top-level SVGs (not KaTeX glyphs), canvases, and their HTML labels. */
function chartParts(figure: HTMLElement): Part[] {
  const charts = Array.from(figure.querySelectorAll<SVGSVGElement | HTMLCanvasElement>('svg, canvas'))
    .filter((el) => !el.closest('.katex') && !(el.parentElement?.closest('svg')))
    .map((element) => ({ element, box: element.getBoundingClientRect() }))
    .filter((p) => p.box.width >= 16 && p.box.height >= 16);
  const labels = Array.from(figure.querySelectorAll<HTMLElement>(LABELS))
    .map((element) => ({ element, box: element.getBoundingClientRect() }))
    .filter((p) => p.box.width > 0 && p.box.height > 0 && (p.element.textContent ?? '').trim() !== '');
  return [...charts, ...labels];
}

/** An HTML label as SVG: its text in its own font and colour, and its legend swatch or line sample if it has one. */
function labelSvg(doc: XMLDocument, element: HTMLElement, x: number, y: number, box: DOMRect): SVGGElement {
  const group = doc.createElementNS(SVG_NS, 'g');
  const style = getComputedStyle(element);
  let textX = x;
  const swatch = element.querySelector<HTMLElement | SVGSVGElement>('.legend-swatch, svg');
  const r = swatch?.getBoundingClientRect();
  if (swatch instanceof SVGSVGElement && r && r.width > 0) {
    const clone = doc.importNode(swatch, true) as SVGSVGElement;
    inlineStyles(swatch, clone, null);
    for (const [k, v] of Object.entries({ x, y: y + (r.top - box.top), width: r.width, height: r.height })) clone.setAttribute(k, String(v));
    group.appendChild(clone);
    textX = x + (r.right - box.left) + 4;
  } else if (swatch && r && r.width > 0) {
    const s = getComputedStyle(swatch);
    const rect = doc.createElementNS(SVG_NS, 'rect');
    const attrs = { x, y: y + (r.top - box.top), width: r.width, height: r.height, rx: 2, fill: s.backgroundColor, 'fill-opacity': s.opacity };
    for (const [k, v] of Object.entries(attrs)) rect.setAttribute(k, String(v));
    group.appendChild(rect);
    textX = x + (r.right - box.left) + 4;
  }
  const text = doc.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', String(textX));
  text.setAttribute('y', String(y + box.height * 0.75));
  text.setAttribute('style', `font-family:${style.fontFamily};font-size:${style.fontSize};font-weight:${style.fontWeight};fill:${style.color}`);
  text.textContent = labelText(element);
  group.appendChild(text);
  return group;
}

/** A label's words without its buttons (a pinned run's remove button is not part of the figure). */
function labelText(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('button').forEach((b) => b.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function canvasImage(canvas: HTMLCanvasElement): string | null {
  try {
    return canvas.toDataURL('image/png');
  } catch {
    return null; // a tainted canvas cannot be read: leave it out rather than fail
  }
}

function textBlock(doc: XMLDocument, lines: string[], x: number, y: number, size: number, colour: string, weight = 'normal'): SVGTextElement {
  const text = doc.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', String(x));
  text.setAttribute('y', String(y));
  text.setAttribute('style', `font-family:${getComputedStyle(document.body).getPropertyValue('--font-ui') || 'sans-serif'};font-size:${size}px;font-weight:${weight};fill:${colour}`);
  lines.forEach((line, i) => {
    const span = doc.createElementNS(SVG_NS, 'tspan');
    span.setAttribute('x', String(x));
    span.setAttribute('dy', i === 0 ? '0' : String(size * 1.35));
    span.textContent = line;
    text.appendChild(span);
  });
  return text;
}

export interface ComposedSvg {
  markup: string;
  width: number;
  height: number;
}

export function composeFigureSvg(figure: HTMLElement, texts: { title: string; caption: string; settings: string }): ComposedSvg {
  const parts = chartParts(figure);
  const boxes = parts.map((p) => p.box);
  const left = boxes.length ? Math.min(...boxes.map((b) => b.left)) : 0;
  const originTop = boxes.length ? Math.min(...boxes.map((b) => b.top)) : 0;
  const right = boxes.length ? Math.max(...boxes.map((b) => b.right)) : 0;
  const chartsHeight = boxes.length ? Math.max(...boxes.map((b) => b.bottom)) - originTop : 0;
  const width = Math.ceil(Math.max(right - left, 480) + 2 * MARGIN);
  const chars = Math.max(30, Math.floor((width - 2 * MARGIN) / 7.2));

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  const titleLines = texts.title ? [texts.title] : [];
  let y = MARGIN + (titleLines.length ? 18 : 0);
  if (titleLines.length) root.appendChild(textBlock(doc, titleLines, MARGIN, y, 16, '#1b1f24', '700'));
  const chartsTop = y + (titleLines.length ? 12 : 0);

  for (const { element, box } of parts) {
    const x = box.left - left + MARGIN;
    const yy = box.top - originTop + chartsTop;
    if (element instanceof HTMLElement && !(element instanceof HTMLCanvasElement)) {
      root.appendChild(labelSvg(doc, element, x, yy, box));
    } else if (element instanceof HTMLCanvasElement) {
      const href = canvasImage(element);
      if (!href) continue;
      const image = doc.createElementNS(SVG_NS, 'image');
      for (const [k, v] of Object.entries({ x, y: yy, width: box.width, height: box.height })) image.setAttribute(k, String(v));
      image.setAttribute('href', href);
      root.appendChild(image);
    } else {
      const clone = doc.importNode(element, true) as SVGSVGElement;
      inlineStyles(element, clone, null);
      for (const [k, v] of Object.entries({ x, y: yy, width: box.width, height: box.height })) clone.setAttribute(k, String(v));
      root.appendChild(clone);
    }
  }

  y = chartsTop + chartsHeight + 24;
  const captionLines = wrapText(texts.caption, chars);
  if (captionLines.length) {
    root.appendChild(textBlock(doc, captionLines, MARGIN, y, 13, '#4a5360'));
    y += captionLines.length * 13 * 1.35 + 6;
  }
  const settingsLines = wrapText(texts.settings, Math.floor(chars * 1.1));
  root.appendChild(textBlock(doc, settingsLines, MARGIN, y + 4, 11, '#4a5360'));
  y += settingsLines.length * 11 * 1.35 + MARGIN;

  const height = Math.ceil(y);
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = doc.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ width: '100%', height: '100%', fill: '#ffffff' })) background.setAttribute(k, v);
  root.insertBefore(background, root.firstChild);
  return { markup: new XMLSerializer().serializeToString(doc), width, height };
}
