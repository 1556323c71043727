import { describe, it, expect } from 'vitest';
import { parseRoute, chapterHref } from '../../../src/app/router';

describe('parseRoute', () => {
  it('parseRoute("/") is the home page', () => {
    expect(parseRoute('/')).toEqual({ page: 'home' });
    expect(parseRoute('/index.html')).toEqual({ page: 'home' });
  });
  it('parseRoute("/chapters/slug") names the chapter, with or without a trailing slash', () => {
    expect(parseRoute('/chapters/04-lstm')).toEqual({ page: 'chapter', slug: '04-lstm' });
    expect(parseRoute('/chapters/04-lstm/')).toEqual({ page: 'chapter', slug: '04-lstm' });
  });
  it('parseRoute(anything else) is not found', () => {
    for (const path of ['/chapters', '/chapters/', '/chapters/A B', '/chapters/x/y', '/nope', '/chapters/<script>']) {
      expect(parseRoute(path).page).toBe('not-found');
    }
  });
  it('chapterHref(slug) round-trips through parseRoute', () => {
    expect(parseRoute(chapterHref('03-vanishing-and-exploding-gradients'))).toEqual({
      page: 'chapter',
      slug: '03-vanishing-and-exploding-gradients',
    });
  });
});
