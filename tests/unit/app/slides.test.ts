import { describe, it, expect } from 'vitest';
import { buildSlides, classifyBlock, clampSlide, MAX_EQUATIONS, type BlockKind } from '../../../src/app/slides';

const roles = (kinds: BlockKind[]) => buildSlides(kinds).map((s) => s.parts.map((p) => `${p.role}@${p.index}`));

describe('classifyBlock', () => {
  it('classifyBlock names titles, headings, display equations and widget figures', () => {
    expect(classifyBlock({ tag: 'H1', classes: [] })).toBe('title');
    expect(classifyBlock({ tag: 'H2', classes: [] })).toBe('heading');
    expect(classifyBlock({ tag: 'H3', classes: [] })).toBe('heading');
    expect(classifyBlock({ tag: 'SPAN', classes: ['katex-display'] })).toBe('equation');
    expect(classifyBlock({ tag: 'FIGURE', classes: ['widget'] })).toBe('widget');
    expect(classifyBlock({ tag: 'FIGURE', classes: [] })).toBe('text');
    expect(classifyBlock({ tag: 'P', classes: [] })).toBe('text');
  });
});

describe('buildSlides', () => {
  it('buildSlides makes a title slide from the h1 and its lead paragraph', () => {
    expect(roles(['title', 'text', 'heading'])).toEqual([['title@0', 'lead@1']]);
  });
  it('buildSlides gives each widget its heading and the nearest preceding equation', () => {
    const kinds: BlockKind[] = ['title', 'text', 'heading', 'equation', 'text', 'equation', 'text', 'widget'];
    expect(roles(kinds)[1]).toEqual(['heading@2', 'equation@5', 'widget@7']);
  });
  it('buildSlides takes the whole run of consecutive equations, at most MAX_EQUATIONS', () => {
    expect(roles(['heading', 'equation', 'equation', 'text', 'widget'])).toEqual([['heading@0', 'equation@1', 'equation@2', 'widget@4']]);
    const many: BlockKind[] = [...Array(MAX_EQUATIONS + 2).fill('equation'), 'widget'];
    expect(roles(many)[0].filter((r) => r.startsWith('equation'))).toHaveLength(MAX_EQUATIONS);
  });
  it('buildSlides never reaches past the previous widget for equations', () => {
    const kinds: BlockKind[] = ['equation', 'widget', 'heading', 'text', 'widget'];
    expect(roles(kinds)).toEqual([['equation@0', 'widget@1'], ['heading@2', 'widget@4']]);
  });
  it('buildSlides makes no slide for a chapter without title or widgets', () => {
    expect(buildSlides([])).toEqual([]);
    expect(buildSlides(['text', 'equation'])).toEqual([]);
  });
});

describe('clampSlide', () => {
  it('clampSlide keeps the slide within 1…count, and leaves it alone while the count is unknown', () => {
    expect(clampSlide(0, 5)).toBe(1);
    expect(clampSlide(9, 5)).toBe(5);
    expect(clampSlide(3, 5)).toBe(3);
    expect(clampSlide(999, 0)).toBe(999);
  });
});

describe('prediction prompts in the deck', () => {
  it('classifyBlock names a prediction prompt', () => {
    expect(classifyBlock({ tag: 'SECTION', classes: ['predict'] })).toBe('predict');
    expect(classifyBlock({ tag: 'SECTION', classes: [] })).toBe('text');
  });
  it('buildSlides puts a prompt on its own slide before its widget, which keeps its equations', () => {
    const kinds: BlockKind[] = ['title', 'text', 'heading', 'equation', 'text', 'predict', 'widget'];
    expect(roles(kinds).slice(1)).toEqual([['heading@2', 'predict@5'], ['heading@2', 'equation@3', 'widget@6']]);
  });
});
