/**
 * The reader's guesses, kept in this browser (localStorage) by prompt id: a choice,
 * or null for a skipped prompt. One small store, so every prompt re-renders when its
 * guess changes, in this tab.
 */
import { createStore, useStore } from 'zustand';
import { readJson, writeJson } from '../../state/safe-storage';

export interface Guess {
  /** The option's key, or null when the reader skipped the guess. */
  choice: string | null;
}

export type Guesses = Record<string, Guess>;

export const GUESSES_KEY = 'rnn-notebook:predictions';

const isGuesses = (v: unknown): v is Guesses =>
  typeof v === 'object' && v !== null && !Array.isArray(v) &&
  Object.values(v).every((g) => typeof g === 'object' && g !== null && (typeof (g as Guess).choice === 'string' || (g as Guess).choice === null));

const guessStore = createStore<{ guesses: Guesses }>(() => ({ guesses: readJson<Guesses>(GUESSES_KEY, {}, isGuesses) }));

/** Records (or, with undefined, forgets) the guess for prompt `id`. */
export function saveGuess(id: string, guess: Guess | undefined): void {
  const guesses = { ...guessStore.getState().guesses };
  if (guess) guesses[id] = guess;
  else delete guesses[id];
  guessStore.setState({ guesses });
  writeJson(GUESSES_KEY, guesses);
}

export function useGuess(id: string): Guess | undefined {
  return useStore(guessStore, (s) => s.guesses[id]);
}
