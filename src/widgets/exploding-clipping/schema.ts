/**
 * The exploding-clipping widget's settings, kept in the URL under "ec.". The
 * defaults blow up within tens of steps (ρ = 1.1, seed 1: NaN at step 45 in our
 * measurements) and train smoothly with clipping at 1.
 */
import type { Schema } from '../../state/url-params';
import { PATH_STYLE } from '../cliff-surface/path-style';

export const EXPLODING_PREFIX = 'ec';

export const explodingSchema = {
  /** Spectral radius ρ of W_h at initialisation (W_h = ρ·Q). */
  rho: { kind: 'number', default: 1.1, min: 0.5, max: 1.5 },
  /** SGD learning rate α. */
  lr: { kind: 'number', default: 0.1, min: 0.01, max: 0.5 },
  clip: { kind: 'boolean', default: false },
  /** Global-norm clipping threshold (Algorithm 1). */
  threshold: { kind: 'number', default: 1, min: 0.1, max: 100 },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
} as const satisfies Schema;

export type ExplodingSchema = typeof explodingSchema;

/** Steps per run, and the pause between steps so the curves grow at a watchable pace. */
export const STEP_BUDGET = 300;
export const STEP_DELAY_MS = 40;

/** The two lines: the first run (unclipped), and the replay with clipping from just before the blow-up. */
export const LINE_STYLE = {
  main: PATH_STYLE.plain,
  branch: PATH_STYLE.clipped,
} as const;

export type LineKind = keyof typeof LINE_STYLE;
