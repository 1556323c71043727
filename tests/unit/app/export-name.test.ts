import { describe, it, expect } from 'vitest';
import { exportFileName, hashString, widgetQuery, wrapText } from '../../../src/app/export-name';

describe('widgetQuery', () => {
  it('widgetQuery keeps the widget\'s prefixed keys and drops shell keys', () => {
    expect(widgetQuery('?gf.rho=1.2&cs.x=3&present=1&slide=2&lang=ko', 'gf')).toBe('gf.rho=1.2');
    expect(widgetQuery('?gf.rho=1.2&cs.x=3&present=1', undefined)).toBe('gf.rho=1.2&cs.x=3');
    expect(widgetQuery('', 'gf')).toBe('');
  });
});

describe('exportFileName', () => {
  it('exportFileName is <widget>-<8 hex digits>.<ext>, stable for the same settings', () => {
    const a = exportFileName('gradient-flow', 'gf.rho=1.2', 'svg');
    expect(a).toMatch(/^gradient-flow-[0-9a-f]{8}\.svg$/);
    expect(exportFileName('gradient-flow', 'gf.rho=1.2', 'png')).toBe(a.replace('.svg', '.png'));
    expect(exportFileName('gradient-flow', 'gf.rho=1.3', 'svg')).not.toBe(a);
    expect(exportFileName('../evil', '', 'svg')).toMatch(/^---evil-/);
  });
  it('hashString(s) is FNV-1a', () => {
    expect(hashString('')).toBe('811c9dc5');
    expect(hashString('a')).toBe('e40c292c');
  });
});

describe('wrapText', () => {
  it('wrapText breaks at spaces near the width', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('', 10)).toEqual([]);
  });
});
