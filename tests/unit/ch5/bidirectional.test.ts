import { beforeAll, describe, expect, it } from 'vitest';
import { useCpu, makeModel, maxDiff } from '../core/helpers';
import { readSentence } from '../../../src/core/read-model';
import { RecurrentModel } from '../../../src/core/model';
import type { ParamSet } from '../../../src/core/params';
import { sentimentSplit } from '../../../src/data/sentiment-grammar';
import { WORD_DATASETS } from '../../../src/data/word-datasets';

beforeAll(useCpu);

describe('bidirectional wrapper', () => {
  for (const cell of ['rnn', 'lstm'] as const) {
    it(`h←(t) is a forward run of the backward weights over the reversed sentence (${cell})`, () => {
      const spec = { cell, vocab: 11, embed: 4, hidden: 5, head: 'tagger' as const, classes: 3 };
      const bi = makeModel({ ...spec, bidirectional: true }, 5);
      const p = bi.getParams();
      // The backward direction's weights ("…@0<") as a plain one-direction model's layer 0.
      const uni: ParamSet = { E: p.E, b_2: p.b_2, U: { shape: [3, 5], data: p.U.data.slice(0, 15) } };
      for (const [name, v] of Object.entries(p)) if (name.endsWith('@0<')) uni[name.slice(0, -3)] = v;
      const fw = new RecurrentModel(spec, uni);
      const ids = [3, 1, 4, 1, 5, 9, 2, 6];
      const H = 5;
      const back = readSentence(bi, ids).states[0][1];
      const reversed = readSentence(fw, [...ids].reverse()).states[0][0];
      for (let t = 0; t < ids.length; t++) {
        const r = ids.length - 1 - t;
        expect(maxDiff(back.subarray(t * H, (t + 1) * H), reversed.subarray(r * H, (r + 1) * H))).toBeLessThan(1e-5);
      }
      // And h←(t) changes when only a later word changes, h→(t) does not.
      const changed = [...ids];
      changed[6] = 7;
      const a = readSentence(bi, ids).states[0];
      const b = readSentence(bi, changed).states[0];
      expect(maxDiff(a[0].subarray(0, 6 * H), b[0].subarray(0, 6 * H))).toBe(0);
      expect(maxDiff(a[1].subarray(3 * H, 4 * H), b[1].subarray(3 * H, 4 * H))).toBeGreaterThan(1e-4);
      bi.dispose();
      fw.dispose();
    });
  }
});

describe('per-token sentiment data', () => {
  it('is deterministic from its seed and marks the look-ahead words', () => {
    expect(sentimentSplit(11, 300)).toEqual(sentimentSplit(11, 300));
    const d = WORD_DATASETS['sentiment-tokens'];
    expect(d.focus?.map((id) => d.vocab.words[id])).toContain('terribly');
  });
});
