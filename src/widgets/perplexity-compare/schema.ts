/** The perplexity comparison's settings, kept in the URL under "pc.". */
import type { Schema } from '../../state/url-params';

export const PERPLEXITY_COMPARE_PREFIX = 'pc';

export const perplexityCompareSchema = {
  /** n of the Kneser–Ney n-gram (the lecture's table has a 5-gram). */
  order: { kind: 'number', default: 5, min: 1, max: 8, integer: true },
  /** How many held-out characters to score (from the start of the held-out text; the most is all of it). */
  chars: { kind: 'number', default: 45000, min: 1000, max: 45000, integer: true },
} as const satisfies Schema;

export type PerplexityCompareSchema = typeof perplexityCompareSchema;
