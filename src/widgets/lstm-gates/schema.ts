/** The gate heatmaps' settings, kept in the URL under "lg.". */
import type { Schema } from '../../state/url-params';
import { TEXT_FEATURES } from '../../core/unit-features';

export const LSTM_GATES_PREFIX = 'lg';

/** Characters the heatmaps read; longer text is cut with a note. */
export const GATES_TEXT_LIMIT = 400;

export const lstmGatesSchema = {
  text: {
    kind: 'text',
    maxLength: 600,
    default: '"and what is the whale?" asked the captain (a grim old man, as we soon found out). "a whale is a fish that lives in the sea; and the sea is wide." then he laughed, and we went on deck.',
  },
  /** Which quantity the heatmap shows. */
  show: { kind: 'enum', default: 'c', values: ['f', 'i', 'o', 'cand', 'c', 'h'] },
  /** The picked unit; −1 = the unit the finder ranks first for the chosen feature. */
  unit: { kind: 'number', default: -1, min: -1, max: 1023, integer: true },
  /** Rows: every unit, or only the finder's top units for the feature. */
  rows: { kind: 'enum', default: 'all', values: ['all', 'top'] },
  feature: { kind: 'enum', default: 'quote', values: TEXT_FEATURES.map((f) => f.key) },
  /** The finder ranks units by their cell state c or hidden state h. */
  by: { kind: 'enum', default: 'c', values: ['c', 'h'] },
} as const satisfies Schema;

export type LstmGatesSchema = typeof lstmGatesSchema;
