import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import { chapters, chapterList, chapterLoader, findChapter, neighbours } from '../../../src/app/chapters';
import { katexOptions } from '../../../src/app/katex-options';
import { isKnownWidget } from '../../../src/widgets/registry';
import { findQuestion } from '../../../src/widgets/predict/questions';

const LOCALE_DIRS = ['chapters', ...(existsSync('chapters/ko') ? ['chapters/ko'] : [])];

describe('chapter list', () => {
  it('has the lecture\'s five sections, numbered 1 to 5, in order', () => {
    expect(chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(chapters.map((c) => c.slug)).size).toBe(5);
  });
  it('has an MDX file and a loader for every chapter', () => {
    for (const c of chapters) {
      expect(existsSync(`chapters/${c.slug}.mdx`), c.slug).toBe(true);
      expect(chapterLoader(c.slug, 'en'), c.slug).toBeTypeOf('function');
      expect(chapterLoader(c.slug, 'ko'), c.slug).toBeTypeOf('function');
    }
  });
  it('findChapter(unknown) is undefined and neighbours link the chapters in order', () => {
    expect(findChapter('nope')).toBeUndefined();
    expect(neighbours(chapters[0].slug).previous).toBeUndefined();
    expect(neighbours(chapters[0].slug).next?.slug).toBe(chapters[1].slug);
    expect(neighbours(chapters[4].slug).next).toBeUndefined();
    expect(neighbours('nope')).toEqual({});
  });
  it('chapterList("ko") keeps the same slugs and order', () => {
    expect(chapterList('ko').map((c) => c.slug)).toEqual(chapters.map((c) => c.slug));
  });
});

for (const dir of LOCALE_DIRS) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  describe(`MDX in ${dir}/`, () => {
    for (const file of files) {
      it(`${file} compiles with every equation accepted by KaTeX`, async () => {
        const source = readFileSync(`${dir}/${file}`, 'utf8');
        const compiled = await compile(source, {
          remarkPlugins: [remarkGfm, remarkMath],
          rehypePlugins: [rehypeSlug, [rehypeKatex, katexOptions]],
        });
        // rehype-katex reports a KaTeX parse error as a message, not a throw.
        expect(compiled.messages.map((m) => m.reason)).toEqual([]);
      });
      it(`${file} uses only known widgets and components`, () => {
        const source = readFileSync(`${dir}/${file}`, 'utf8');
        for (const match of source.matchAll(/<Widget\s+name="([^"]+)"/g)) expect(isKnownWidget(match[1]), match[1]).toBe(true);
        for (const match of source.matchAll(/<Predict\s+id="([^"]+)"/g)) expect(findQuestion(match[1]), match[1]).toBeDefined();
        for (const match of source.matchAll(/<([A-Z][A-Za-z]*)/g)) {
          expect(['Note', 'Pitfall', 'DeepDive', 'Recap', 'Widget', 'Source', 'Predict'], match[1]).toContain(match[1]);
        }
      });
    }
  });
}
