/** Every token of the character vocabulary renders in KaTeX's strict mode inside quotes, as the chapter-1 equations use it. */
import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { katexOptions } from '../../../src/app/katex-options';
import { VOCAB_SIZE } from '../../../src/data/char-vocab';
import { texChar } from '../../../src/widgets/char-lm/tex-char';

describe('texChar', () => {
  it('renders every token (space, specials, TeX-special characters) without a KaTeX error', () => {
    for (let id = 0; id < VOCAB_SIZE; id++) {
      expect(() => katex.renderToString(`\\text{“${texChar(id)}”}`, { ...katexOptions, throwOnError: true }), `token ${id}`).not.toThrow();
    }
  });
});
