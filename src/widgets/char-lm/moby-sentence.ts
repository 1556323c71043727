/** The default text of chapter 1's per-character views: Moby-Dick's opening, cut to fit one bar per character. */
export const MOBY_SENTENCE = 'Call me Ishmael. Some years ago—never mind how long precisely—having little';
