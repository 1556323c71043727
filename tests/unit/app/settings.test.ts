import { describe, it, expect } from 'vitest';
import { initialSettings, parseSlide, presenterSearch } from '../../../src/state/settings';

describe('initialSettings', () => {
  it('initialSettings lets ?lang in the link win over the remembered language', () => {
    expect(initialSettings('?lang=ko', 'en', 'en-US').locale).toBe('ko');
    expect(initialSettings('?lang=en', 'ko', 'ko-KR').locale).toBe('en');
  });
  it('initialSettings uses the remembered language, then the browser\'s', () => {
    expect(initialSettings('', 'ko', 'en-US').locale).toBe('ko');
    expect(initialSettings('?lang=fr', undefined, 'ko-KR').locale).toBe('ko');
    expect(initialSettings('', undefined, 'de').locale).toBe('en');
  });
  it('initialSettings reads presenter mode and the slide from the link', () => {
    expect(initialSettings('?present=1&slide=3', undefined, 'en')).toMatchObject({ presenter: true, slide: 3 });
    expect(initialSettings('?slide=banana', undefined, 'en')).toMatchObject({ presenter: false, slide: 1 });
  });
});

describe('parseSlide / presenterSearch', () => {
  it('parseSlide accepts whole numbers from 1 to 999 only', () => {
    expect(parseSlide('4')).toBe(4);
    for (const raw of [null, '0', '-2', '2.5', '1e9', 'x', '']) expect(parseSlide(raw)).toBe(1);
  });
  it('presenterSearch adds or removes present/slide and keeps widget settings', () => {
    expect(presenterSearch('?gf.rho=1.2', true, 3)).toBe('?gf.rho=1.2&present=1&slide=3');
    expect(presenterSearch('?gf.rho=1.2&present=1&slide=3', false, 3)).toBe('?gf.rho=1.2');
    expect(presenterSearch('?present=1&slide=2', false, 2)).toBe('');
  });
});
