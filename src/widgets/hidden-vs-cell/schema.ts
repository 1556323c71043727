/** The hidden-vs-cell comparison's settings, kept in the URL under "hc.". */
import type { Schema } from '../../state/url-params';

export const HIDDEN_VS_CELL_PREFIX = 'hc';

/** Characters read; longer text is cut with a note. */
export const HC_TEXT_LIMIT = 300;

export const hiddenVsCellSchema = {
  text: { kind: 'text', maxLength: 400, default: 'the sea was calm that morning, and the whale (so the old sailors said) had not been seen for three long days.' },
  /** The unit shown; −1 = the unit whose cell holds most while its hidden state shows least. */
  unit: { kind: 'number', default: -1, min: -1, max: 1023, integer: true },
} as const satisfies Schema;

export type HiddenVsCellSchema = typeof hiddenVsCellSchema;

/** Units in the side-by-side heatmaps: the ones hiding most. */
export const HC_TOP_UNITS = 16;
