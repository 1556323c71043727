/** The same seed gives the same numbers on the cpu and wasm backends (within float32 tolerance). */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import '../../../src/core/tf-gradients';
import { analyzeSequence } from '../../../src/core/analyze';
import { RecurrentModel } from '../../../src/core/model';
import { Trainer } from '../../../src/core/train';
import { ids, maxDiff } from './helpers';

const wasmDir = fileURLToPath(new URL('../../../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url));

function run() {
  const model = RecurrentModel.create({ cell: 'lstm', vocab: 7, embed: 4, hidden: 6, layers: 2 }, { radius: 1.1 }, 3);
  const a = analyzeSequence(model, { tokens: ids(12, 7), targets: ids(12, 7, 1) }, { truncation: 5, clip: 0.1 });
  const trainer = new Trainer(model, { optimizer: 'adam', learningRate: 0.01, clip: 1, truncation: 0 });
  const steps = Array.from({ length: 3 }, () => trainer.step({ inputs: [ids(8, 7), ids(8, 7, 2)], targets: [ids(8, 7, 1), ids(8, 7, 3)] }).loss);
  const params = model.getParams();
  trainer.dispose();
  model.dispose();
  return { a, steps, params };
}

describe('backends agree', () => {
  it('cpu and wasm: analysis, training steps and updated weights', async () => {
    expect(await tf.setBackend('cpu')).toBe(true);
    const cpu = run();
    setWasmPaths(wasmDir);
    expect(await tf.setBackend('wasm')).toBe(true);
    const wasm = run();
    expect(Math.abs(cpu.a.loss - wasm.a.loss)).toBeLessThan(1e-5);
    expect(maxDiff(cpu.a.hiddenStates, wasm.a.hiddenStates)).toBeLessThan(1e-5);
    expect(maxDiff(cpu.a.lstm!.forget, wasm.a.lstm!.forget)).toBeLessThan(1e-5);
    expect(maxDiff(cpu.a.gradNorms, wasm.a.gradNorms)).toBeLessThan(1e-5 * Math.max(...cpu.a.gradNorms));
    expect(maxDiff(cpu.a.gradFromLast, wasm.a.gradFromLast)).toBeLessThan(1e-5 * Math.max(...cpu.a.gradFromLast));
    expect(Math.abs(cpu.a.clippedGradNorm - wasm.a.clippedGradNorm)).toBeLessThan(1e-6);
    expect(maxDiff(cpu.steps, wasm.steps)).toBeLessThan(1e-5);
    for (const name of Object.keys(cpu.params)) expect(maxDiff(cpu.params[name].data, wasm.params[name].data)).toBeLessThan(1e-5);
  });
});
