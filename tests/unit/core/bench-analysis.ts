/**
 * Timing of one tfjs analysis (not a test): `npx tsx tests/unit/core/bench-analysis.ts [cpu|wasm]`.
 * LSTM, T = 100, H = 64, V = 50, D = 16; median of 7 runs after 2 warm-up runs.
 */
import { initBackend } from '../../../src/core/backend';
import { RecurrentModel } from '../../../src/core/model';
import { analyzeSequence, nextTokenPairs } from '../../../src/core/analyze';
import { randomTokens } from '../../../src/data/random-tokens';

// (IS_TEST would also switch on tfjs' per-kernel leak checks, which misfire on wasm's logSoftmax.)
const backend = await initBackend((process.argv[2] as 'cpu' | 'wasm') ?? 'cpu');
for (const cell of ['rnn', 'lstm'] as const) {
  const model = RecurrentModel.create({ cell, vocab: 50, embed: 16, hidden: 64 }, { radius: 1 }, 0);
  const input = nextTokenPairs(randomTokens(101, 50, 0));
  const times: number[] = [];
  for (let k = 0; k < 9; k++) {
    const t0 = performance.now();
    analyzeSequence(model, input, { truncation: 0, clip: 1 });
    if (k >= 2) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${backend} ${cell} T=100 H=64 V=50: median ${times[3].toFixed(1)} ms (min ${times[0].toFixed(1)})`);
  model.dispose();
}
