/** The lag race's widget and `npm run lab -- train --task lag` start from one set of defaults. */
import { describe, expect, it } from 'vitest';
import { defaults } from '../../../src/state/url-params';
import { lagRaceSchema, LAG_SETS } from '../../../src/widgets/lag-race/schema';
import { LAG_RACE_DEFAULTS, LAG_RACE_LONGEST, LAG_SET_NAMES } from '../../../src/core/experiments/lag-race';
import { parseOptions } from '../../../src/lab/args';
import { stepsOf, trainOptions } from '../../../src/lab/train-options';

describe('lag race defaults', () => {
  const widget = defaults(lagRaceSchema);
  const lab = parseOptions(['--task', 'lag'], trainOptions);

  it('the widget’s defaults are the shared object', () => {
    expect(widget).toEqual(LAG_RACE_DEFAULTS);
  });
  it('the lab’s lag task, given no options, runs the widget’s settings on the longest default lag', () => {
    expect(stepsOf(lab)).toBe(widget.steps);
    expect(lab.seed).toBe(widget.seed);
    expect(lab['forget-bias']).toBe(widget.forgetBias);
    expect(lab.lag).toBe(LAG_RACE_LONGEST);
    expect(LAG_RACE_LONGEST).toBe(Math.max(...LAG_SETS[widget.lags]));
  });
  it('the lab can race every set of lags the widget offers, by the same names', () => {
    expect(trainOptions.lags.choices).toEqual(['one', ...LAG_SET_NAMES]);
    expect(lagRaceSchema.lags.values).toEqual(LAG_SET_NAMES);
    expect(parseOptions(['--lags', widget.lags], trainOptions).lags).toBe(widget.lags);
  });
  it('the language-model task keeps its own step budget', () => {
    expect(stepsOf(parseOptions(['--task', 'lm'], trainOptions))).toBe(1000);
    expect(stepsOf(parseOptions(['--task', 'lm', '--steps', '7'], trainOptions))).toBe(7);
  });
});
