/** Small seeded models and sequences for the fast-path tests. */
import { initLanguageModel, type Activation, type CellKind, type ParamSet } from '../../../src/core/params';
import { createRng } from '../../../src/core/random';

export interface Small {
  params: ParamSet;
  tokens: number[];
}

/**
 * A small language model with non-zero biases (so bias gradients are exercised) and
 * a random token sequence of length T+1.
 */
export function smallModel(cell: CellKind, opts: { V?: number; D?: number; H?: number; T?: number; seed?: number; radius?: number } = {}): Small {
  const { V = 7, D = 3, H = 5, T = 8, seed = 11, radius = 0.9 } = opts;
  const params = initLanguageModel({ cell, vocab: V, embed: D, hidden: H }, { radius, forgetBias: 1 }, seed);
  const rng = createRng(seed + 1000);
  for (const [name, p] of Object.entries(params)) {
    if (name.startsWith('b_')) for (let k = 0; k < p.data.length; k++) p.data[k] += 0.3 * rng.normal();
  }
  // Scale the embedding up so the inputs move the state noticeably.
  for (let k = 0; k < params['E'].data.length; k++) params['E'].data[k] *= 2;
  const tokens = Array.from({ length: T + 1 }, () => rng.int(V));
  return { params, tokens };
}

export const RNN_ACTIVATIONS: Activation[] = ['tanh', 'sigmoid', 'relu', 'identity'];

/** Every (cell, activation) pair the fast path supports; the LSTM ignores the activation. */
export const CONFIGS: { cell: CellKind; activation: Activation }[] = [
  ...RNN_ACTIVATIONS.map((activation) => ({ cell: 'rnn' as const, activation })),
  { cell: 'lstm', activation: 'tanh' },
];

/** Central difference of f at x along one coordinate, float64. */
export function centralDiff(f: (eps: number) => number, eps = 1e-5): number {
  return (f(eps) - f(-eps)) / (2 * eps);
}

export function expectClose(actual: number, expected: number, abs: number, rel: number, what: string): void {
  const tol = abs + rel * Math.abs(expected);
  if (!(Math.abs(actual - expected) <= tol)) {
    throw new Error(`${what}: got ${actual}, expected ${expected} (|diff| ${Math.abs(actual - expected)} > tol ${tol})`);
  }
}
