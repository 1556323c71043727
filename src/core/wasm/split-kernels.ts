/**
 * Unpack (tf.unstack, the gradient of tf.stack) and SplitV (tf.split, the gradient
 * of tf.concat) for the wasm backend, built on the heap-view slice. The 4.22 kernels
 * call the original Slice once per output, each reading the whole input: O(T²).
 */
import { backend_util, util, type KernelConfig, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { sliceOnHeap } from './slice-kernel';
import { asWasm } from './wasm-backend';

export function makeUnpackConfig(original: KernelConfig): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const value = args.inputs.value as TensorInfo;
    if (value.dtype === 'string') return original.kernelFunc(args);
    const backend = asWasm(args.backend);
    const rank = value.shape.length;
    let axis = (args.attrs as { axis: number }).axis;
    if (axis < 0) axis += rank;
    const outShape = value.shape.filter((_, d) => d !== axis);
    const begin = new Array<number>(rank).fill(0);
    const size = value.shape.slice();
    size[axis] = 1;
    const outs: TensorInfo[] = [];
    for (let i = 0; i < value.shape[axis]; i++) {
      begin[axis] = i;
      const piece = sliceOnHeap(backend, value, begin, size);
      outs.push({ dataId: piece.dataId, dtype: piece.dtype, shape: outShape });
    }
    return outs;
  };
  return { ...original, kernelFunc };
}

export function makeSplitVConfig(original: KernelConfig): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const x = args.inputs.x as TensorInfo;
    if (x.dtype === 'string') return original.kernelFunc(args);
    const backend = asWasm(args.backend);
    const { numOrSizeSplits, axis } = args.attrs as { numOrSizeSplits: number | number[]; axis: number };
    const $axis = util.parseAxisParam(axis, x.shape)[0];
    const sizes = backend_util.prepareSplitSize(x, numOrSizeSplits, $axis);
    const begin = new Array<number>(x.shape.length).fill(0);
    return sizes.map((s) => {
      const size = x.shape.slice();
      size[$axis] = s;
      const piece = sliceOnHeap(backend, x, begin, size);
      begin[$axis] += s;
      return piece;
    });
  };
  return { ...original, kernelFunc };
}
