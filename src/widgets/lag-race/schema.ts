/** The lag race's settings, kept in the URL under "lr."; defaults shared with the lab. */
import type { Schema } from '../../state/url-params';
import { LAG_RACE_DEFAULTS, LAG_SET_NAMES, LAG_SETS } from '../../core/experiments/lag-race';

export { LAG_SETS };

export const LAG_RACE_PREFIX = 'lr';

export const lagRaceSchema = {
  lags: { kind: 'enum', default: LAG_RACE_DEFAULTS.lags, values: LAG_SET_NAMES },
  /** Most training steps per lag (each stops early at the target held-out accuracy). */
  steps: { kind: 'number', default: LAG_RACE_DEFAULTS.steps, min: 50, max: 3000, integer: true },
  /** The LSTM's initial forget-gate bias b_f. */
  forgetBias: { kind: 'number', default: LAG_RACE_DEFAULTS.forgetBias, min: -2, max: 5 },
  seed: { kind: 'number', default: LAG_RACE_DEFAULTS.seed, min: 0, max: 99999, integer: true },
} as const satisfies Schema;

export type LagRaceSchema = typeof lagRaceSchema;
