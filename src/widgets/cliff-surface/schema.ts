/**
 * Settings of the cliff-surface widget (kept in the URL under "cs.") and the plotted
 * region. The defaults start descent beside the cliff of Pascanu et al.'s one-unit
 * RNN, where the unclipped path is flung off the plot.
 */
import type { Schema } from '../../state/url-params';
import type { Extent } from '../../core/cliff';

/** The plotted region of parameter space; the start sliders span the same region. */
export const W_EXTENT: Extent = { min: 1, max: 9 };
export const B_EXTENT: Extent = { min: -6, max: 2 };

export const CLIFF_SCHEMA = {
  /** Start of both descent paths. */
  w0: { kind: 'number', default: 6.5, min: W_EXTENT.min, max: W_EXTENT.max },
  b0: { kind: 'number', default: -0.5, min: B_EXTENT.min, max: B_EXTENT.max },
  /** Learning rate of plain gradient descent. */
  lr: { kind: 'number', default: 0.02, min: 0.001, max: 0.1 },
  /** Clipping threshold of the clipped path (Algorithm 1). */
  clip: { kind: 'number', default: 20, min: 1, max: 50 },
  /** Number of gradient-descent updates. */
  steps: { kind: 'number', default: 50, min: 1, max: 100, integer: true },
} as const satisfies Schema;

export const PREFIX = 'cs';

/** Slider steps, also the rounding of a start chosen by clicking the surface. */
export const START_STEP = 0.05;
export const LR_STEP = 0.001;
