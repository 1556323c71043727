/**
 * What the <Widget> frame around every widget tells the widget inside: which frame
 * element it sits in (for keyboard shortcuts and export) and how to report that the
 * reader used it (progress). Outside a frame (tests, other hosts) all of it is inert.
 */
import { createContext, useContext } from 'react';

export interface WidgetFrame {
  /** The widget's name in the chapter (`<Widget name="gradient-flow">`). */
  name: string;
  /** The <figure> holding the widget, once mounted. */
  element(): HTMLElement | null;
  /** Records that the reader changed something in this widget. */
  markUsed(): void;
  /** The widget's URL prefix ("gf"), so exports name only its own settings. */
  setUrlPrefix(prefix: string): void;
  /** How many link values the widget could not use as given (its notices); an embed page says so. */
  reportNotices(count: number): void;
}

const inert: WidgetFrame = { name: '', element: () => null, markUsed: () => {}, setUrlPrefix: () => {}, reportNotices: () => {} };

export const WidgetFrameContext = createContext<WidgetFrame>(inert);

export const useWidgetFrame = (): WidgetFrame => useContext(WidgetFrameContext);
