import { describe, expect, it } from 'vitest';
import { SENTIMENT_VOCAB, MAX_SENTIMENT_TOKENS } from '../../../src/data/sentiment-grammar';
import { sentenceNote } from '../../../src/widgets/word-shared/sentence-note';
import { wordText } from '../../../src/widgets/word-shared/text';

const read = (text: string) => SENTIMENT_VOCAB.read(text, MAX_SENTIMENT_TOKENS);
const many = Array.from({ length: MAX_SENTIMENT_TOKENS + 5 }, (_, k) => `zz${k}`).join(' ');

describe('sentenceNote', () => {
  it.each(['the film was good .', '   ', 'the film was zorgly !', many])('sentenceNote(en) matches the vocabulary note for %j', (text) => {
    expect(sentenceNote(wordText.en, text, read(text), MAX_SENTIMENT_TOKENS)).toBe(read(text).note);
  });
  it('sentenceNote(ko) names the unknown words and the cut in Korean', () => {
    const note = sentenceNote(wordText.ko, many, read(many), MAX_SENTIMENT_TOKENS);
    expect(note).toContain('“zz0”');
    expect(note).toContain(`${MAX_SENTIMENT_TOKENS}단어`);
    expect(note).toMatch(/[\uac00-\ud7a3]/);
  });
});
