/** Pooling a sequence of top-layer states into one encoding, in plain arrays (no tfjs), so pages can use it. */
import type { Pooling } from './spec';

/**
 * The sentence encoding s from the top layer's states (directions side by side):
 * final = [h→(T); h←(1)], mean = (1/T) Σ h(t), max = element-wise max over t.
 * Also, for max pooling, the step each unit's maximum came from.
 */
export function poolStates(top: Float32Array[], T: number, H: number, pooling: Pooling): { encoding: Float32Array; argmax: Int32Array } {
  const dirs = top.length;
  const encoding = new Float32Array(H * dirs);
  const argmax = new Int32Array(H * dirs);
  top.forEach((h, d) => {
    for (let k = 0; k < H; k++) {
      const at = d * H + k;
      if (pooling === 'final') {
        const t = d === 0 ? T - 1 : 0;
        encoding[at] = h[t * H + k];
        argmax[at] = t;
        continue;
      }
      let sum = 0;
      let best = -Infinity;
      for (let t = 0; t < T; t++) {
        const v = h[t * H + k];
        sum += v;
        if (v > best) {
          best = v;
          argmax[at] = t;
        }
      }
      encoding[at] = pooling === 'mean' ? sum / T : best;
    }
  });
  return { encoding, argmax };
}
