/**
 * Global-norm gradient clipping, Algorithm 1 of Pascanu et al. (2013):
 *   ĝ ← ∂E/∂θ;  if ‖ĝ‖ ≥ threshold then ĝ ← (threshold / ‖ĝ‖) · ĝ.
 * The norm is over all parameters together, so the direction never changes.
 */

export interface Clipped {
  dw: number;
  db: number;
  /** ‖g‖ before clipping. */
  normBefore: number;
  /** Whether the rescaling fired. */
  clipped: boolean;
}

export function clipByGlobalNorm(dw: number, db: number, threshold: number): Clipped {
  const normBefore = Math.hypot(dw, db);
  if (!(normBefore >= threshold) || !Number.isFinite(normBefore)) {
    // An infinite or NaN norm cannot be rescaled into a direction: leave it for the caller to detect.
    return { dw, db, normBefore, clipped: false };
  }
  const scale = threshold / normBefore;
  return { dw: dw * scale, db: db * scale, normBefore, clipped: true };
}
