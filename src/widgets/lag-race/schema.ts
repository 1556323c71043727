/** The lag race's settings, kept in the URL under "lr.". */
import type { Schema } from '../../state/url-params';

export const LAG_RACE_PREFIX = 'lr';

/** Sets of lags to sweep: the lecture's separation shows at a lag of about 50. */
export const LAG_SETS = {
  lecture: [5, 10, 20, 30, 50],
  short: [2, 5, 8, 12],
  long: [10, 30, 50, 80],
} as const;

export const lagRaceSchema = {
  lags: { kind: 'enum', default: 'lecture', values: ['lecture', 'short', 'long'] },
  /** Most training steps per lag (each stops early at 95% held-out accuracy). */
  steps: { kind: 'number', default: 600, min: 50, max: 3000, integer: true },
  /** The LSTM's initial forget-gate bias b_f. */
  forgetBias: { kind: 'number', default: 3, min: -2, max: 5 },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
} as const satisfies Schema;

export type LagRaceSchema = typeof lagRaceSchema;
