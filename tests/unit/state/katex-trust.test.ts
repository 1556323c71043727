/**
 * KaTeX's `trust` lets through only the HTML extensions the chapters use; every other
 * command that would write markup (links, images, ids, styles, other classes) does not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { katexOptions, isTrusted, TRUSTED_CLASSES, TRUSTED_CONCEPTS } from '../../../src/app/katex-options';
import { CLASS_CONCEPT } from '../../../src/widgets/lstm-gates/equation-concepts';
import { CONCEPT_DATA } from '../../../src/widgets/lstm-shared/concepts';

/** Renders, or returns '' when KaTeX refuses the input outright (also safe). */
function render(tex: string): string {
  try {
    return katex.renderToString(tex, { ...katexOptions });
  } catch {
    return '';
  }
}

function chapterSources(): string[] {
  const dirs = ['chapters', 'chapters/ko'];
  return dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => readFileSync(join(dir, f), 'utf8')));
}

describe('KaTeX trust', () => {
  it('trusts every \\htmlClass and \\htmlData the chapters and widgets use', () => {
    const used = new Set<string>();
    for (const text of chapterSources()) for (const m of text.matchAll(/\\htmlClass\{([^}]*)\}/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(0);
    for (const cls of [...used, ...Object.keys(CLASS_CONCEPT)]) expect(TRUSTED_CLASSES.has(cls), cls).toBe(true);
    for (const value of Object.values(CONCEPT_DATA)) expect(TRUSTED_CONCEPTS.has(value), value).toBe(true);
    for (const text of chapterSources()) for (const m of text.matchAll(/\\htmlData\{concept=([^}]*)\}/g)) expect(TRUSTED_CONCEPTS.has(m[1]), m[1]).toBe(true);
  });

  it('renders a trusted class and concept marker as markup', () => {
    expect(render('\\htmlClass{gate-f}{f_t}')).toContain('class="enclosing gate-f"');
    expect(render('\\htmlData{concept=cand}{\\tilde c}')).toContain('data-concept="cand"');
  });

  it('refuses other classes, ids, styles, data keys, links and images', () => {
    expect(isTrusted({ command: '\\htmlClass', class: 'gate-f evil' })).toBe(false);
    expect(isTrusted({ command: '\\htmlClass', class: 'widget-alert' })).toBe(false);
    expect(isTrusted({ command: '\\htmlData', attributes: { 'data-concept': 'f', 'data-x': '1' } })).toBe(false);
    expect(isTrusted({ command: '\\htmlData', attributes: {} })).toBe(false);
    expect(isTrusted({ command: '\\htmlId' })).toBe(false);
    expect(isTrusted({ command: '\\href' })).toBe(false);
    const hostile = [
      '\\href{javascript:alert(1)}{x}',
      '\\url{javascript:alert(1)}',
      '\\includegraphics{x.png}',
      '\\htmlId{root}{x}',
      '\\htmlStyle{background:url(x)}{x}',
      '\\htmlClass{x onmouseover}{x}',
      '\\htmlData{onclick=alert(1)}{x}',
      '\\htmlData{concept=<img src=x onerror=alert(1)>}{x}',
      '\\text{<img src=x onerror=alert(1)>}',
      '\\text{"><script>alert(1)</script>}',
    ];
    for (const tex of hostile) {
      // Look at the tags only: the source is echoed (escaped) as text in the MathML annotation.
      for (const tag of render(tex).match(/<[^>]*>/g) ?? []) {
        expect(tag, tex).not.toMatch(/^<\/?(a|img|script|iframe)\b|\s(href|src|id|on\w+)=|javascript:|url\(/i);
        expect(tag, tex).not.toMatch(/class="[^"]*(evil|onmouseover)/);
      }
    }
  });

  it('escapes text that only reaches KaTeX as characters', () => {
    const html = render('\\text{<b>x</b>}');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;');
  });
});
