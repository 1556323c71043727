/**
 * The lecture's tickets passage as word tokens. Punctuation stays attached to the
 * word for display; the model sees lower-case words. The blank is the prediction
 * target of the last step (after "her"), and its answer is "tickets".
 */
export const PASSAGE =
  'When she tried to print her tickets, she found that the printer was out of toner. She went to the stationery store to buy more toner. It was very overpriced. After installing the toner into the printer, she finally printed her';

export const ANSWER = 'tickets';

/** A few more words the blank could plausibly take, so the vocabulary is not just the passage. */
const EXTRA_WORDS = ['ink', 'paper', 'photos', 'receipt', 'boarding', 'pass'];

export interface PassageWord {
  /** As printed, with its punctuation ("tickets,"). */
  text: string;
  /** What the model reads ("tickets"). */
  word: string;
}

export function passageWords(text = PASSAGE): PassageWord[] {
  return text.split(/\s+/).filter(Boolean).map((t) => ({ text: t, word: t.toLowerCase().replace(/[^a-z']/g, '') }));
}

export interface TokenisedPassage {
  words: PassageWord[];
  vocab: string[];
  /** Length T + 1: the T words, then the answer as the last step's target. */
  ids: number[];
  /** Index of the first "tickets" among the words. */
  answerIndex: number;
}

export function tokenise(text = PASSAGE): TokenisedPassage {
  const words = passageWords(text);
  const vocab = [...new Set([...words.map((w) => w.word), ANSWER, ...EXTRA_WORDS])];
  const ids = [...words.map((w) => vocab.indexOf(w.word)), vocab.indexOf(ANSWER)];
  return { words, vocab, ids, answerIndex: words.findIndex((w) => w.word === ANSWER) };
}
