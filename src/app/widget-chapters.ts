/**
 * The chapter each widget sits in: its embed page takes the widget's equations from
 * there and links back to it. tests/unit/app/widget-chapters.test.ts holds this to
 * the chapters' MDX (English and Korean), so a widget moved between chapters fails
 * a test instead of sending readers to the wrong page.
 */
const CHAPTER_OF: Readonly<Record<string, string>> = {
  'lm-step-view': '01-rnn-language-models',
  'teacher-forcing': '01-rnn-language-models',
  'lm-trainer': '01-rnn-language-models',
  'bptt-sum': '01-rnn-language-models',
  'generator': '01-rnn-language-models',
  'perplexity-compare': '01-rnn-language-models',
  'own-text': '01-rnn-language-models',
  'tagger': '02-other-uses-of-rnns',
  'sentiment-pooling': '02-other-uses-of-rnns',
  'encoder-decoder': '02-other-uses-of-rnns',
  'gradient-flow': '03-vanishing-and-exploding-gradients',
  'tickets': '03-vanishing-and-exploding-gradients',
  'exploding-clipping': '03-vanishing-and-exploding-gradients',
  'cliff-surface': '03-vanishing-and-exploding-gradients',
  'lag-race': '03-vanishing-and-exploding-gradients',
  'lstm-step': '04-lstm',
  'hidden-vs-cell': '04-lstm',
  'lstm-gates': '04-lstm',
  'cell-gradient': '04-lstm',
  'bidirectional-sentiment': '05-bidirectional-and-multi-layer-rnns',
  'bidirectional-lm-leak': '05-bidirectional-and-multi-layer-rnns',
  'stack-depth': '05-bidirectional-and-multi-layer-rnns',
};

/** The slug of the chapter showing widget `name`, if any chapter does. */
export function widgetChapter(name: string): string | undefined {
  return Object.hasOwn(CHAPTER_OF, name) ? CHAPTER_OF[name] : undefined;
}

/** Every widget that has a chapter, in chapter order. */
export const chapteredWidgets = (): string[] => Object.keys(CHAPTER_OF);
