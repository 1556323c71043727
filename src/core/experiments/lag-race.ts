/**
 * Chapter 3's lag race: which lags it sweeps and its default settings. One object
 * read by the widget (its URL schema's defaults) and by the lab
 * (`npm run lab -- train --task lag`), so that both run the same experiment from the
 * same seed. The lags and the step budget were chosen by measurement
 * (`npm run lab -- train --task lag --lags lecture`, several seeds): on the longest
 * lags the simple RNN stays near chance within the budget while the LSTM learns them;
 * the shorter lags show where the simple RNN still copes.
 */

/**
 * One run's model and training settings, the same for both cells: the race is fair by
 * construction (same hidden size, optimiser, clipping, batches and held-out set).
 */
export const LAG_DEFAULTS = { hidden: 32, batch: 32, learningRate: 0.01, clip: 1, forgetBias: 3, evalEvery: 25, heldOutSize: 256, target: 0.95 } as const;

/** The sets of lags a reader can sweep, by name. */
export const LAG_SETS = {
  lecture: [5, 10, 20, 30, 50],
  short: [2, 5, 8, 12],
  long: [10, 30, 50, 80],
} as const satisfies Record<string, readonly number[]>;

export type LagSetName = keyof typeof LAG_SETS;
export const LAG_SET_NAMES = Object.keys(LAG_SETS) as LagSetName[];

export const LAG_RACE_DEFAULTS = {
  lags: 'lecture' as LagSetName,
  /** Most training steps per lag (each run stops early at the target accuracy). */
  steps: 600,
  /** The LSTM's initial forget-gate bias b_f. */
  forgetBias: LAG_DEFAULTS.forgetBias,
  seed: 1,
} as const;

/** The longest lag of the default set: the lab's default single lag. */
export const LAG_RACE_LONGEST = Math.max(...LAG_SETS[LAG_RACE_DEFAULTS.lags]);
