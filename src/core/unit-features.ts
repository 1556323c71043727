/**
 * "Which units track something visible?" — simple features of a text, one number per
 * character, and the Pearson correlation of each unit's activation with each feature
 * over the text (as in Karpathy, Johnson & Fei-Fei 2015, "Visualizing and understanding
 * recurrent networks", where single cells were found to follow quotes and line length).
 * Plain numbers in, plain numbers out: computed live for whatever the reader types.
 */

export const TEXT_FEATURES = [
  { key: 'quote', name: 'inside "quotes"' },
  { key: 'paren', name: 'inside (parentheses)' },
  { key: 'wordPos', name: 'position in a word' },
  { key: 'sentencePos', name: 'position in a sentence' },
  { key: 'vowel', name: 'is a vowel' },
  { key: 'afterSpace', name: 'right after a space' },
] as const;

export type FeatureKey = (typeof TEXT_FEATURES)[number]['key'];

const isLetter = (ch: string) => /^[a-z]$/i.test(ch);

/**
 * One value per character:
 * - quote: 1 from an opening " to its closing " (both included), else 0;
 * - paren: 1 from ( to the matching ) (both included), nesting allowed;
 * - wordPos: 1, 2, 3, … along the letters of a word (apostrophes continue it), 0 elsewhere;
 * - sentencePos: characters since the last . ! ? (0 on the mark itself);
 * - vowel: 1 on a e i o u; afterSpace: 1 on the character after a space.
 */
export function textFeatures(chars: readonly string[]): Record<FeatureKey, Float64Array> {
  const n = chars.length;
  const out = Object.fromEntries(TEXT_FEATURES.map((f) => [f.key, new Float64Array(n)])) as Record<FeatureKey, Float64Array>;
  let inQuote = false;
  let depth = 0;
  let word = 0;
  let sentence = 0;
  for (let t = 0; t < n; t++) {
    const ch = chars[t];
    if (ch === '"') {
      out.quote[t] = 1;
      inQuote = !inQuote;
    } else out.quote[t] = inQuote ? 1 : 0;
    if (ch === '(') depth++;
    out.paren[t] = depth > 0 ? 1 : 0;
    if (ch === ')') depth = Math.max(0, depth - 1);
    word = isLetter(ch) || (ch === "'" && word > 0) ? word + 1 : 0;
    out.wordPos[t] = word;
    sentence = /[.!?]/.test(ch) ? 0 : sentence + 1;
    out.sentencePos[t] = sentence;
    out.vowel[t] = /[aeiou]/i.test(ch) ? 1 : 0;
    out.afterSpace[t] = t > 0 && chars[t - 1] === ' ' ? 1 : 0;
  }
  return out;
}

/** Pearson correlation of x and y; NaN when either is constant (nothing to correlate). */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = Math.min(x.length, y.length);
  if (n < 2) return NaN;
  let mx = 0, my = 0;
  for (let k = 0; k < n; k++) {
    mx += x[k];
    my += y[k];
  }
  mx /= n;
  my /= n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let k = 0; k < n; k++) {
    const dx = x[k] - mx, dy = y[k] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx < 1e-12 || syy < 1e-12) return NaN;
  return sxy / Math.sqrt(sxx * syy);
}

export interface UnitScore {
  unit: number;
  /** Pearson r of the unit's activation with the feature over the text. */
  r: number;
}

/**
 * Units ranked by |r| with `feature` (strongest first, at most `top`).
 * @param values row-major [T][H] activations (c or h)
 * Empty when the feature is constant over the text.
 */
export function rankUnits(values: Float32Array, T: number, H: number, feature: Float64Array, top: number): UnitScore[] {
  const scores: UnitScore[] = [];
  const column = new Float64Array(T);
  for (let u = 0; u < H; u++) {
    for (let t = 0; t < T; t++) column[t] = values[t * H + u];
    const r = pearson(column, feature);
    if (Number.isFinite(r)) scores.push({ unit: u, r });
  }
  return scores.sort((a, b) => Math.abs(b.r) - Math.abs(a.r)).slice(0, top);
}
