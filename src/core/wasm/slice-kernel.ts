/**
 * Slice for the wasm backend that copies from a view of the wasm heap.
 *
 * tfjs-backend-wasm 4.22's Slice starts with `backend.readSync(x.dataId)`, which
 * copies the *whole* input out of the heap (HEAPU8.slice) on every call. Unstacking
 * or splitting T steps of a [T, B, …] tensor then copies T times the whole tensor:
 * O(T²) per sequence. Here the input is read through `typedArrayFromHeap` (a view)
 * and only the selected elements are copied.
 */
import { slice_util, util, type KernelConfig, type KernelFunc, type TensorInfo, type TypedArray } from '@tensorflow/tfjs-core';
import { asWasm, type WasmBackend } from './wasm-backend';

/**
 * Copies the box `begin`…`begin + size` of a row-major array of shape `shape` into
 * `out`. Trailing dimensions taken whole merge into one contiguous run, so a
 * contiguous slice is a single copy and a column block of a matrix is one copy per row.
 */
export function copySlice(x: TypedArray, shape: number[], begin: number[], size: number[], out: TypedArray): void {
  const rank = shape.length;
  if (rank === 0) {
    out[0] = x[0];
    return;
  }
  const strides = [...util.computeStrides(shape), 1];
  // j: the outermost dimension of the contiguous run (all dimensions after it are whole).
  let j = rank - 1;
  while (j > 0 && size[j] === shape[j]) j--;
  const run = size[j] * strides[j];
  let base = begin[j] * strides[j];
  // Outer dimensions 0…j-1: an odometer over the selected indices.
  const outer = util.sizeFromShape(size.slice(0, j));
  const idx = new Array<number>(j).fill(0);
  for (let d = 0; d < j; d++) base += begin[d] * strides[d];
  let offset = base;
  for (let k = 0, o = 0; k < outer; k++, o += run) {
    out.set(x.subarray(offset, offset + run), o);
    // Advance the odometer and the source offset.
    for (let d = j - 1; d >= 0; d--) {
      if (++idx[d] < size[d]) {
        offset += strides[d];
        break;
      }
      offset -= (size[d] - 1) * strides[d];
      idx[d] = 0;
    }
  }
}

/** Slices a numeric tensor on the wasm heap; begin/size already resolved (no -1). */
export function sliceOnHeap(backend: WasmBackend, x: TensorInfo, begin: number[], size: number[]): TensorInfo {
  const out = backend.makeOutput(size, x.dtype);
  if (util.sizeFromShape(size) === 0) return out;
  // Views only after makeOutput: its malloc may grow the heap, which detaches older views.
  copySlice(backend.typedArrayFromHeap(x), x.shape, begin, size, backend.typedArrayFromHeap(out));
  return out;
}

/**
 * The replacement Slice kernel. Strings (not on the heap) go to the original kernel.
 * @param original the wasm backend's own Slice config.
 */
export function makeSliceConfig(original: KernelConfig): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const x = args.inputs.x as TensorInfo;
    if (x.dtype === 'string') return original.kernelFunc(args);
    const { begin, size } = args.attrs as { begin: number | number[]; size?: number | number[] };
    const [begin_, size_] = slice_util.parseSliceParams(x, begin, size);
    return sliceOnHeap(asWasm(args.backend), x, begin_, size_);
  };
  return { ...original, kernelFunc };
}
