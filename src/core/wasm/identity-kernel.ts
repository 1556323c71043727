/**
 * Identity and same-dtype Cast for the wasm backend that share the input's data
 * (a reference count) instead of copying it, as the cpu backend does.
 *
 * Autograd clones (Identity) every input and output it saves for the backward
 * pass, and Multiply's gradient casts float32 to float32: on tfjs-backend-wasm
 * 4.22 each of these mallocs and copies a tensor — about 1,900 copies per
 * char-LSTM training step. Tensors are immutable and no wasm kernel writes into its
 * input, so sharing is safe; the wasm Reshape kernel already shares the same way.
 */
import type { DataId, KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';

/** BackendWasm.incRef (not in the WasmBackend pick: only these kernels need it). */
type RefCounting = { incRef(dataId: DataId): void };

function share(backend: unknown, x: TensorInfo): TensorInfo {
  (backend as RefCounting).incRef(x.dataId);
  return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
}

export function makeIdentityConfig(original: KernelConfig): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const x = args.inputs.x as TensorInfo;
    return x.dtype === 'string' ? original.kernelFunc(args) : share(args.backend, x);
  };
  return { ...original, kernelFunc };
}

export function makeCastConfig(original: KernelConfig): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const x = args.inputs.x as TensorInfo;
    const { dtype } = args.attrs as { dtype: string };
    return x.dtype === dtype && dtype !== 'string' ? share(args.backend, x) : original.kernelFunc(args);
  };
  return { ...original, kernelFunc };
}
