/**
 * A prediction prompt: a question asked before a widget shows the answer, and the
 * rule that reads the answer from what the widget just measured (its store), never
 * from a number written down in advance.
 */
import type { Locale } from '../../state/settings';
import type { Schema } from '../../state/url-params';
import type { WidgetState } from '../../state/widget-store';

export type Bilingual<T = string> = Readonly<Record<Locale, T>>;

export interface PredictOption {
  key: string;
  label: Bilingual;
}

/** What the widget's numbers say right now about the question. */
export type Judgement =
  /** Not measured yet (loading, training, computing); the note says what is awaited. */
  | { kind: 'waiting'; note: string }
  /** The widget is set for something else than the question; the reveal can set it up again. */
  | { kind: 'elsewhere'; note: string }
  /** The measured answer (more than one on a tie) and why, with the numbers. */
  | { kind: 'answer'; answers: string[]; why: string };

export type FoundState = WidgetState<Schema, unknown>;

export interface PredictQuestion {
  id: string;
  /** The widget's name in the chapter (`<Widget name="…">`), and its store's URL prefix. */
  widget: string;
  prefix: string;
  question: Bilingual;
  options: readonly PredictOption[];
  /** Settings the reveal gives the widget, so it measures what the question asks. */
  setup?: Record<string, string | number | boolean>;
  /** A key of the widget's shortcuts that makes it run (train), pressed by the reveal when `idle`. */
  runKey?: string;
  idle?(state: FoundState): boolean;
  judge(state: FoundState, locale: Locale): Judgement;
}
