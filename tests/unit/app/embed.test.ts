import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { chapters } from '../../../src/app/chapters';
import { chapteredWidgets, widgetChapter } from '../../../src/app/widget-chapters';
import { liveWidgetNames } from '../../../src/app/live-widgets';
import { parseRoute, embedHref } from '../../../src/app/router';
import { chapterPathFor, embedPathFor, iframeCode } from '../../../src/app/embed-link';
import { cspHeader, CSP_DIRECTIVES } from '../../../src/app/csp';

/** `<Widget name="…"` occurrences in one chapter file. */
const widgetsIn = (file: string) => Array.from(readFileSync(file, 'utf8').matchAll(/<Widget\s+name="([^"]+)"/g), (m) => m[1]);

describe('which chapter shows each widget', () => {
  for (const dir of ['chapters', 'chapters/ko']) {
    it(`matches the widgets placed in ${dir}/*.mdx, exactly once each`, () => {
      const placed = new Map<string, string[]>();
      for (const { slug } of chapters) {
        const file = `${dir}/${slug}.mdx`;
        if (!existsSync(file)) continue;
        for (const name of widgetsIn(file)) placed.set(name, [...(placed.get(name) ?? []), slug]);
      }
      expect(placed.size).toBeGreaterThan(0);
      for (const [name, slugs] of placed) expect({ name, slugs }).toEqual({ name, slugs: [widgetChapter(name)] });
      expect([...placed.keys()].sort()).toEqual([...chapteredWidgets()].sort());
    });
  }
  it('covers every widget in the registry, and nothing else', () => {
    for (const name of liveWidgetNames()) expect(widgetChapter(name), name).toBeDefined();
    expect(widgetChapter('nope')).toBeUndefined();
    expect(widgetChapter('constructor')).toBeUndefined();
    expect(widgetChapter('__proto__')).toBeUndefined();
  });
});

describe('embed routes', () => {
  it('/embed/<name> names the widget, with or without a trailing slash; the name is decoded', () => {
    expect(parseRoute('/embed/gradient-flow')).toEqual({ page: 'embed', name: 'gradient-flow' });
    expect(parseRoute('/embed/gradient-flow/')).toEqual({ page: 'embed', name: 'gradient-flow' });
    expect(parseRoute('/embed/a%20b')).toEqual({ page: 'embed', name: 'a b' });
    expect(parseRoute(embedHref('lag-race'))).toEqual({ page: 'embed', name: 'lag-race' });
  });
  it('an embed path without a name, or with a broken escape, is still the embed page (which says what is wrong)', () => {
    expect(parseRoute('/embed')).toEqual({ page: 'embed', name: '' });
    expect(parseRoute('/embed/')).toEqual({ page: 'embed', name: '' });
    expect(parseRoute('/embed/%E0%A4%A')).toEqual({ page: 'embed', name: '%E0%A4%A' });
    expect(parseRoute('/embed/a/b').page).toBe('not-found');
    expect(parseRoute('/embedded/x').page).toBe('not-found');
  });
});

describe('embed links', () => {
  const search = '?gf.rho=1.2&gf.clip=1&lt.cell=rnn&present=1&slide=3&lang=en';
  it('carry only the widget\'s own settings, and the language', () => {
    expect(embedPathFor('gradient-flow', search, 'gf', 'ko')).toBe('/embed/gradient-flow?gf.rho=1.2&gf.clip=1&lang=ko');
    expect(embedPathFor('gradient-flow', '', 'gf', 'en')).toBe('/embed/gradient-flow?lang=en');
  });
  it('lead back to the widget\'s anchor in its chapter', () => {
    expect(chapterPathFor('03-vanishing-and-exploding-gradients', 'gradient-flow', search, 'gf', 'en'))
      .toBe('/chapters/03-vanishing-and-exploding-gradients?gf.rho=1.2&gf.clip=1&lang=en#widget-gradient-flow');
  });
  it('iframe code escapes the link and the title for an HTML attribute', () => {
    const code = iframeCode('http://x/embed/a?b=1&c=2', 'Say "hi" <now>');
    expect(code).toContain('src="http://x/embed/a?b=1&amp;c=2"');
    expect(code).toContain('title="Say &quot;hi&quot; &lt;now&gt;"');
    expect(code).toMatch(/^<iframe [^<>]*><\/iframe>$/);
  });
});

describe('framing policy', () => {
  it('lets any site frame embed pages, and nothing else', () => {
    expect(CSP_DIRECTIVES['frame-ancestors']).toEqual(["'none'"]);
    for (const path of ['/', '/chapters/04-lstm', '/index.html', '/embedded', '/chapters/x?y=/embed/']) {
      expect(cspHeader(path), path).toContain("frame-ancestors 'none'");
    }
    for (const path of ['/embed/gradient-flow', '/embed/gradient-flow?gf.rho=1.2', '/embed', '/embed/']) {
      const header = cspHeader(path);
      expect(header, path).toContain('frame-ancestors *');
      expect(header, path).not.toContain("frame-ancestors 'none'");
      // Every other directive is the same as on a chapter.
      expect(header.replace('frame-ancestors *', '')).toBe(cspHeader('/').replace("frame-ancestors 'none'", ''));
    }
  });
});
