import { describe, expect, it } from 'vitest';
import { SENTIMENT_VOCAB, MAX_SENTIMENT_TOKENS } from '../../../src/data/sentiment-grammar';
import { sentenceNote } from '../../../src/widgets/word-shared/sentence-note';
import { wordText } from '../../../src/widgets/word-shared/text';

const read = (text: string) => SENTIMENT_VOCAB.read(text, MAX_SENTIMENT_TOKENS);
const many = Array.from({ length: MAX_SENTIMENT_TOKENS + 5 }, (_, k) => `zz${k}`).join(' ');

describe('sentenceNote', () => {
  it('sentenceNote(en) explains empty, unknown and overlong input', () => {
    expect(sentenceNote(wordText.en, read('the film was good .'), MAX_SENTIMENT_TOKENS)).toBe('');
    expect(sentenceNote(wordText.en, read('   '), MAX_SENTIMENT_TOKENS)).toMatch(/no words/);
    expect(sentenceNote(wordText.en, read('the film was zorgly !'), MAX_SENTIMENT_TOKENS)).toMatch(/“zorgly”/);
    expect(sentenceNote(wordText.en, read(many), MAX_SENTIMENT_TOKENS)).toContain(`the input had ${MAX_SENTIMENT_TOKENS + 5}`);
  });
  it('sentenceNote(ko) names the unknown words and the cut in Korean', () => {
    const note = sentenceNote(wordText.ko, read(many), MAX_SENTIMENT_TOKENS);
    expect(note).toContain('“zz0”');
    expect(note).toContain(`${MAX_SENTIMENT_TOKENS}단어`);
    expect(note).toMatch(/[\uac00-\ud7a3]/);
  });
});
