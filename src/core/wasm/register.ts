/**
 * Replaces the tfjs-backend-wasm 4.22 kernels that make recurrent models slow
 * (see slice-kernel.ts, split-kernels.ts, matmul-kernel.ts, identity-kernel.ts). Same kernel names,
 * backend 'wasm'; results are identical to the original kernels.
 */
import { getKernel, registerKernel, unregisterKernel, type KernelConfig } from '@tensorflow/tfjs-core';
import { makeSliceConfig } from './slice-kernel';
import { makeSplitVConfig, makeUnpackConfig } from './split-kernels';
import { makeUntransposedMatMulConfig } from './matmul-kernel';
import { makeCastConfig, makeIdentityConfig } from './identity-kernel';

/**
 * Marks replaced kernel functions. A global symbol, so a second copy of this module
 * (two bundles, hot reload) sees the mark too and does not wrap twice.
 */
const PATCHED = Symbol.for('rnn-notebook.wasm-kernel-patch');

/** A replacement kernel function remembers the config it replaced (for unpatchWasmKernels). */
type Marked = { [PATCHED]?: KernelConfig };

const NAMES = ['Slice', 'Unpack', 'SplitV', 'BatchMatMul', '_FusedMatMul', 'Identity', 'Cast'] as const;

function replace(name: string, make: (original: KernelConfig) => KernelConfig): boolean {
  const original = getKernel(name, 'wasm');
  if (!original) return false;
  if ((original.kernelFunc as Marked)[PATCHED]) return true; // already replaced
  const replacement = make(original);
  (replacement.kernelFunc as Marked)[PATCHED] = original;
  unregisterKernel(name, 'wasm');
  // The original setupFunc is kept (spread in `make`): it binds the wasm functions
  // the original kernel calls, should the backend be initialised after this.
  registerKernel(replacement);
  return true;
}

/**
 * Idempotent. Call after `import '@tensorflow/tfjs-backend-wasm'` (which registers the
 * kernels being replaced); before or after tf.setBackend('wasm') both work.
 * @returns false when the wasm kernels are not registered (nothing was changed).
 */
export function patchWasmKernels(): boolean {
  const transpose = getKernel('Transpose', 'wasm');
  if (!transpose) return false;
  const untransposed = (original: KernelConfig) => makeUntransposedMatMulConfig(original, transpose.kernelFunc);
  return [
    replace('Slice', makeSliceConfig),
    replace('Unpack', makeUnpackConfig),
    replace('SplitV', makeSplitVConfig),
    replace('BatchMatMul', untransposed),
    replace('_FusedMatMul', untransposed),
    replace('Identity', makeIdentityConfig),
    replace('Cast', makeCastConfig),
  ].every(Boolean);
}

/** Puts the original 4.22 kernels back (benchmarks and tests compare both). Idempotent. */
export function unpatchWasmKernels(): void {
  for (const name of NAMES) {
    const current = getKernel(name, 'wasm');
    const original = current && (current.kernelFunc as Marked)[PATCHED];
    if (!original) continue;
    unregisterKernel(name, 'wasm');
    registerKernel(original);
  }
}
