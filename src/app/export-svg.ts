/**
 * A widget's figure as one standalone SVG: its SVG charts placed where they are on
 * screen, canvases (heatmaps) as embedded images, then the title, caption and the
 * settings line as text. Every element gets its computed style inlined, so colours
 * from CSS variables, currentColor and fonts survive outside the page.
 */
import { wrapText } from './export-name';

const STYLE_PROPS = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
  'dominant-baseline', 'visibility', 'display', 'color', 'paint-order', 'mix-blend-mode',
];
const SVG_NS = 'http://www.w3.org/2000/svg';
const MARGIN = 16;

function inlineStyles(source: Element, clone: Element): void {
  const style = getComputedStyle(source);
  clone.setAttribute('style', STYLE_PROPS.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';'));
  clone.removeAttribute('class');
  for (let i = 0; i < source.children.length; i++) inlineStyles(source.children[i], clone.children[i]);
}

interface Part {
  element: SVGSVGElement | HTMLCanvasElement;
  box: DOMRect;
}

/** The figure's charts: visible top-level SVGs (not KaTeX glyphs) and canvases. */
function chartParts(figure: HTMLElement): Part[] {
  const candidates = Array.from(figure.querySelectorAll<SVGSVGElement | HTMLCanvasElement>('svg, canvas'));
  return candidates
    .filter((el) => !el.closest('.katex') && !(el.parentElement?.closest('svg')))
    .map((element) => ({ element, box: element.getBoundingClientRect() }))
    .filter((p) => p.box.width >= 16 && p.box.height >= 16);
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
    if (element instanceof HTMLCanvasElement) {
      const href = canvasImage(element);
      if (!href) continue;
      const image = doc.createElementNS(SVG_NS, 'image');
      for (const [k, v] of Object.entries({ x, y: yy, width: box.width, height: box.height })) image.setAttribute(k, String(v));
      image.setAttribute('href', href);
      root.appendChild(image);
    } else {
      const clone = doc.importNode(element, true) as SVGSVGElement;
      inlineStyles(element, clone);
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
