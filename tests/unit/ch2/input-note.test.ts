import { describe, expect, it } from 'vitest';
import { readSymbols } from '../../../src/data/reverse-task';
import { inputNote } from '../../../src/widgets/encoder-decoder/input-note';
import { encoderDecoderText } from '../../../src/widgets/encoder-decoder/text';

describe('inputNote', () => {
  it('inputNote(en) asks for letters, names what was ignored, and warns past the trained length', () => {
    expect(inputNote(encoderDecoderText.en, readSymbols('abcde'))).toBe('');
    expect(inputNote(encoderDecoderText.en, readSymbols(''))).toBe('Type a few letters from a to h.');
    expect(inputNote(encoderDecoderText.en, readSymbols('ab?z ?'))).toBe('Ignored (not a–h): ? z.');
    expect(inputNote(encoderDecoderText.en, readSymbols('abcdefgh'))).toMatch(/^Trained on 2–6 symbols/);
    expect(inputNote(encoderDecoderText.en, readSymbols('xyz 12'))).toBe('Type a few letters from a to h. Ignored (not a–h): x y z 1 2.');
  });
  it('inputNote(ko) names the ignored characters in Korean', () => {
    const note = inputNote(encoderDecoderText.ko, readSymbols('ab?z'));
    expect(note).toContain('? z');
    expect(note).toMatch(/[\uac00-\ud7a3]/);
  });
});
