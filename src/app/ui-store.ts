/**
 * Shell state that is not a setting: which overlay is open, and what the presenter
 * keys need to know about the chapter on screen (slide count, neighbouring chapters).
 */
import { createStore, useStore } from 'zustand';

export type Overlay = 'help' | 'diagnostics';

export interface Deck {
  slug: string;
  count: number;
  previous?: string;
  next?: string;
}

interface UiState {
  overlay: Overlay | null;
  deck: Deck | null;
  open(overlay: Overlay): void;
  close(): void;
  setDeck(deck: Deck | null): void;
}

export const uiStore = createStore<UiState>((set) => ({
  overlay: null,
  deck: null,
  open: (overlay) => set({ overlay }),
  close: () => set({ overlay: null }),
  setDeck: (deck) => set({ deck }),
}));

export function useUi<T>(selector: (s: UiState) => T): T {
  return useStore(uiStore, selector);
}
