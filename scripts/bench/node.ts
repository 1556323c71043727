/**
 * The Node half of `npm run bench`: analysis and training-step timings on the cpu
 * and (kernel-patched) wasm backends, plus the fast path. Prints one JSON object.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { initBackend } from '../../src/core/backend';
import { charLstmStep, fastAnalysis, gradientLabRecompute, tfjsAnalysis, timeIt } from './cases';

const quick = process.argv.includes('--quick');
const out: Record<string, unknown> = {};

out.fast = {
  rnn: timeIt(fastAnalysis('rnn'), quick ? 10 : 40),
  lstm: timeIt(fastAnalysis('lstm'), quick ? 10 : 40),
};
out.gradientLab = {
  rnn: timeIt(gradientLabRecompute('rnn'), quick ? 10 : 40),
  lstm: timeIt(gradientLabRecompute('lstm'), quick ? 10 : 40),
};

await initBackend('wasm');
for (const backend of ['wasm', 'cpu'] as const) {
  if (!(await tf.setBackend(backend))) continue;
  await tf.ready();
  const analysis: Record<string, unknown> = {};
  for (const cell of ['rnn', 'lstm'] as const) {
    const c = tfjsAnalysis(cell);
    analysis[cell] = timeIt(c.run, quick ? 3 : 7, 1, quick ? 5_000 : 20_000);
    c.dispose();
  }
  const step = charLstmStep();
  const t = timeIt(step.run, quick ? 3 : 8, 2, quick ? 10_000 : 30_000);
  step.dispose();
  const result: Record<string, unknown> = { analysis, trainStep: t, charsPerSecond: (step.charsPerStep / t.median) * 1000 };
  if (backend === 'wasm') {
    // The same step with autograd instead of the explicit backward pass, measured right after.
    const auto = charLstmStep(0, 'autograd');
    const ta = timeIt(auto.run, quick ? 3 : 8, 2, quick ? 10_000 : 30_000);
    auto.dispose();
    result.autogradTrainStep = ta;
    result.autogradCharsPerSecond = (auto.charsPerStep / ta.median) * 1000;
  }
  out[`tfjs-${backend}`] = result;
}
out.numTensors = tf.memory().numTensors;
process.stdout.write(JSON.stringify(out) + '\n');
