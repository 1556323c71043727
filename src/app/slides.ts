/**
 * How a chapter becomes presenter slides, without editing chapters: the chapter's
 * top-level blocks are classified, and each widget becomes one slide together with
 * the section heading above it and the nearest display equation(s) before it (the
 * run of consecutive equations ending at the closest one, never reaching past the
 * previous widget). A prediction prompt is a slide of its own (with its heading), so
 * the hall can vote before the widget's slide answers. The chapter title and its lead
 * paragraph make the first slide.
 */

export type BlockKind = 'title' | 'heading' | 'equation' | 'widget' | 'predict' | 'text';

/** A block's role on its slide: the CSS lays a slide out as title, equations, widget. */
export type SlideRole = 'title' | 'lead' | 'heading' | 'equation' | 'widget' | 'predict';

export interface SlidePart {
  /** Index of the block among the chapter's top-level blocks. */
  index: number;
  role: SlideRole;
}

export interface Slide {
  parts: SlidePart[];
}

/** What the classifier needs to know about a block (read from the DOM by the caller). */
export interface BlockInfo {
  tag: string;
  classes: readonly string[];
}

export function classifyBlock({ tag, classes }: BlockInfo): BlockKind {
  const t = tag.toLowerCase();
  if (t === 'h1') return 'title';
  if (t === 'h2' || t === 'h3') return 'heading';
  if (classes.includes('katex-display')) return 'equation';
  if (t === 'figure' && classes.includes('widget')) return 'widget';
  if (t === 'section' && classes.includes('predict')) return 'predict';
  return 'text';
}

/** At most this many equations join a widget on its slide: a slide, not a page. */
export const MAX_EQUATIONS = 3;

function equationsBefore(kinds: readonly BlockKind[], widget: number): number[] {
  let i = widget - 1;
  while (i >= 0 && kinds[i] !== 'equation' && kinds[i] !== 'widget') i--;
  if (i < 0 || kinds[i] !== 'equation') return [];
  const run: number[] = [];
  while (i >= 0 && kinds[i] === 'equation' && run.length < MAX_EQUATIONS) run.unshift(i--);
  return run;
}

function headingBefore(kinds: readonly BlockKind[], widget: number): number | undefined {
  for (let i = widget - 1; i >= 0; i--) if (kinds[i] === 'heading') return i;
  return undefined;
}

export function buildSlides(kinds: readonly BlockKind[]): Slide[] {
  const slides: Slide[] = [];
  const title = kinds.indexOf('title');
  if (title >= 0) {
    const parts: SlidePart[] = [{ index: title, role: 'title' }];
    if (kinds[title + 1] === 'text') parts.push({ index: title + 1, role: 'lead' });
    slides.push({ parts });
  }
  kinds.forEach((kind, widget) => {
    if (kind === 'predict') {
      // A question for a show of hands: on its own slide, before the widget that answers it.
      const parts: SlidePart[] = [];
      const heading = headingBefore(kinds, widget);
      if (heading !== undefined) parts.push({ index: heading, role: 'heading' });
      parts.push({ index: widget, role: 'predict' });
      slides.push({ parts });
    } else if (kind === 'widget') slides.push(widgetSlide(kinds, widget));
  });
  return slides;
}

/** The slide of the widget at block `widget`: its section heading, its equations, itself (also a widget's embed page). */
export function widgetSlide(kinds: readonly BlockKind[], widget: number): Slide {
  const parts: SlidePart[] = [];
  const heading = headingBefore(kinds, widget);
  if (heading !== undefined) parts.push({ index: heading, role: 'heading' });
  for (const index of equationsBefore(kinds, widget)) parts.push({ index, role: 'equation' });
  parts.push({ index: widget, role: 'widget' });
  return { parts };
}

/** A requested 1-based slide number, kept within 1…count (count 0: unchanged, still loading). */
export function clampSlide(slide: number, count: number): number {
  if (count <= 0) return slide;
  return Math.min(count, Math.max(1, Math.round(slide)));
}
