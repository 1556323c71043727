/** patchWasmKernels is idempotent and reversible; initBackend applies it. */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { patchWasmKernels, unpatchWasmKernels } from '../../../src/core/wasm/register';
import { useBothBackends } from './backends';

beforeAll(useBothBackends);

const NAMES = ['Slice', 'Unpack', 'SplitV', 'BatchMatMul', '_FusedMatMul', 'Identity', 'Cast'];
const kernelFuncs = () => NAMES.map((n) => tf.getKernel(n, 'wasm')?.kernelFunc);

describe('patchWasmKernels', () => {
  it('is applied by initBackend and idempotent', () => {
    const patched = kernelFuncs();
    expect(patchWasmKernels()).toBe(true);
    expect(patchWasmKernels()).toBe(true);
    expect(kernelFuncs()).toEqual(patched);
  });

  it('can be undone and redone; results agree either way', () => {
    const patched = kernelFuncs();
    const run = () =>
      tf.tidy(() => {
        const x = tf.tensor3d(Array.from({ length: 24 }, (_, k) => k - 12), [2, 3, 4]);
        const parts = tf.unstack(x, 1).map((t) => tf.matMul(t, t, true, false));
        return Array.from(tf.concat(parts).dataSync());
      });
    const fast = run();
    unpatchWasmKernels();
    const original = kernelFuncs();
    original.forEach((f, k) => expect(f).not.toBe(patched[k]));
    const slow = run();
    patchWasmKernels();
    expect(slow).toEqual(fast);
    expect(kernelFuncs().map((f) => f !== undefined)).toEqual(NAMES.map(() => true));
  });
});
