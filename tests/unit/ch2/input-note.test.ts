import { describe, expect, it } from 'vitest';
import { readSymbols } from '../../../src/data/reverse-task';
import { inputNote } from '../../../src/widgets/encoder-decoder/input-note';
import { encoderDecoderText } from '../../../src/widgets/encoder-decoder/text';

describe('inputNote', () => {
  it.each(['abcde', '', 'ab?z', 'abcdefgh', 'xyz 12', 'ABC'])('inputNote(en) matches readSymbols’ note for %j', (text) => {
    const read = readSymbols(text);
    expect(inputNote(encoderDecoderText.en, text, read.ids.length)).toBe(read.note);
  });
  it('inputNote(ko) names the ignored characters in Korean', () => {
    const note = inputNote(encoderDecoderText.ko, 'ab?z', 2);
    expect(note).toContain('? z');
    expect(note).toMatch(/[\uac00-\ud7a3]/);
  });
});
