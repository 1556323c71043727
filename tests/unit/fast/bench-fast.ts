/**
 * Timing of the fast path at the gradient lab's size (T=100, H=64, V=50, D=32).
 * Not a test: run with `npx tsx tests/unit/fast/bench-fast.ts`. Prints median ms per call.
 */
import { initLanguageModel, type CellKind } from '../../../src/core/params';
import { createRng } from '../../../src/core/random';
import { analyzeSequenceFast } from '../../../src/core/fast';

const T = 100, H = 64, V = 50, D = 32;
const rng = createRng(7);
const tokens = Array.from({ length: T + 1 }, () => rng.int(V));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** This machine's speed on the kind of loop the fast path is made of (64×64 matvec). */
function calibrate(): number {
  const n = 64, w = new Float32Array(n * n).map((_, k) => Math.sin(k)), x = new Float32Array(n).fill(0.5), y = new Float64Array(n);
  const matvec = () => {
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += w[i * n + j] * x[j];
      y[i] = s;
    }
  };
  for (let k = 0; k < 2000; k++) matvec();
  const t0 = performance.now();
  for (let k = 0; k < 10000; k++) matvec();
  return (2 * n * n * 10000) / ((performance.now() - t0) * 1e6);
}
console.log(`calibration: 64×64 matvec loop at ${calibrate().toFixed(2)} GFLOP/s`);

for (const cell of ['rnn', 'lstm'] as CellKind[]) {
  const params = initLanguageModel({ cell, vocab: V, embed: D, hidden: H }, { radius: 1, forgetBias: 1 }, 1);
  const config = { cell, activation: 'tanh' as const };
  for (let k = 0; k < 30; k++) analyzeSequenceFast(params, config, tokens, { truncation: 0, clip: 1 }); // warm-up
  const times: number[] = [];
  for (let k = 0; k < 200; k++) {
    const t0 = performance.now();
    analyzeSequenceFast(params, config, tokens, { truncation: 0, clip: 1 });
    times.push(performance.now() - t0);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`${cell}: median ${median(times).toFixed(2)} ms, min ${sorted[0].toFixed(2)} ms, p90 ${sorted[Math.floor(0.9 * sorted.length)].toFixed(2)} ms (T=${T}, H=${H}, V=${V}, D=${D})`);
}
