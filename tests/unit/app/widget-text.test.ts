/**
 * Every widget's words exist in Korean: each `text.ts` catalogue has the same keys
 * in both languages, and a Korean entry is really Korean wherever the English one
 * is words (symbols and numbers may stay the same).
 */
import { describe, expect, it } from 'vitest';
import type { Messages, Catalogue } from '../../../src/app/messages';

const modules = import.meta.glob<Record<string, unknown>>('../../../src/**/text.ts', { eager: true });
const hangul = /[\uac00-\ud7a3]/;
const words = /[A-Za-z]{3,}/;
// Words that are the same in both languages: model names, notation, file names.
const shared = /^(?:RNN|LSTM|GRU|tfjs|wasm|SGD|Adam|BPTT|timesteps?|argmax|softmax|tanh|ReLU|sigmoid|[\w.-]+\.(?:txt|json))$/i;

const isCatalogue = (v: unknown): v is Messages<Catalogue> =>
  typeof v === 'object' && v !== null && 'en' in v && 'ko' in v;

const catalogues = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).filter(([, v]) => isCatalogue(v)).map(([name, v]) => [`${file.replace('../../../', '')} ${name}`, v as Messages<Catalogue>] as const));

describe('widget text catalogues', () => {
  it('exist', () => {
    expect(catalogues.length).toBeGreaterThan(0);
  });
  for (const [name, { en, ko }] of catalogues) {
    it(`${name}: Korean has every English key and is Korean where English is words`, () => {
      expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) {
        const e = en[key];
        const k = ko[key];
        expect(typeof k, key).toBe(typeof e);
        if (typeof e !== 'string' || typeof k !== 'string') continue;
        const englishWords = (e.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !shared.test(w));
        if (englishWords.length > 0 && words.test(e)) expect(hangul.test(k), `${key}: “${k}”`).toBe(true);
      }
    });
  }
});
