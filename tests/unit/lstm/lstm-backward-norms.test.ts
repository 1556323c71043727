import { describe, expect, it } from 'vitest';
import { initLanguageModel } from '../../../src/core/params';
import { runSequenceFast } from '../../../src/core/fast';
import { lstmBackwardNorms, softmaxHeadGradient } from '../../../src/core/lstm-backward-norms';

const H = 6;
const params = initLanguageModel({ cell: 'lstm', vocab: 7, embed: 3, hidden: H }, { radius: 1.2, forgetBias: 2 }, 11);
const tokens = [1, 4, 0, 6, 2, 2, 5, 3, 1, 0, 4];
const a = runSequenceFast(params, { cell: 'lstm', activation: 'tanh' }, tokens, { truncation: 0, clip: 0 }, { precision: 'float64' }).analysis;
const T = a.length;
const trajectory = { T, H, ...a.lstm! };
const hAt = (t: number) => a.hiddenStates.subarray(t * H, (t + 1) * H);

describe('lstmBackwardNorms', () => {
  it('lstmBackwardNorms with every step’s loss / T equals the fast path’s ‖∂J/∂c(t)‖ and ‖∂J/∂h(t)‖', () => {
    const norms = lstmBackwardNorms(params, trajectory, (t) => softmaxHeadGradient(params, hAt(t), tokens[t + 1]).map((v) => v / T));
    for (let t = 0; t < T; t++) {
      expect(norms.cell[t]).toBeCloseTo(a.lstm!.cellGradNorms[t], 5);
      expect(norms.hidden[t]).toBeCloseTo(a.gradNorms[t], 5);
    }
  });

  it('lstmBackwardNorms with the last step’s loss only equals the fast path’s ‖∂J(T)/∂h(t)‖', () => {
    const norms = lstmBackwardNorms(params, trajectory, (t) => (t === T - 1 ? softmaxHeadGradient(params, hAt(t), tokens[T]) : null));
    for (let t = 0; t < T; t++) expect(norms.hidden[t]).toBeCloseTo(a.gradFromLast[t], 5);
    expect(norms.cell[0]).toBeGreaterThan(0);
  });
});
