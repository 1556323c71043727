/** What an embed page wants to hear from the widget frame it shows: whether the link's settings were usable. */
import { createContext } from 'react';

export interface EmbedListener {
  onNotices(count: number): void;
}

export const EmbedContext = createContext<EmbedListener>({ onNotices: () => {} });
