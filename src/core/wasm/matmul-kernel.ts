/**
 * BatchMatMul for the wasm backend that never takes the transposed path.
 *
 * tfjs-backend-wasm 4.22 multiplies fast (XNNPACK) only when neither operand is
 * transposed; with transposeA or transposeB it falls back to a plain loop that is
 * about 10× slower at RNN sizes. Every matMul gradient asks for a transposed
 * product (dA = dC·Bᵀ, dB = Aᵀ·dC), so backprop ran almost entirely on the slow
 * path. Transposing the operand first (the wasm Transpose kernel, O(size)) and then
 * multiplying without flags costs far less.
 */
import type { KernelConfig, KernelFunc, NamedAttrMap, TensorInfo } from '@tensorflow/tfjs-core';
import { asWasm } from './wasm-backend';

/** Swaps the last two axes. */
function lastTwoSwapped(rank: number): number[] {
  const perm = Array.from({ length: rank }, (_, d) => d);
  perm[rank - 2] = rank - 1;
  perm[rank - 1] = rank - 2;
  return perm;
}

/**
 * Wraps a matMul-like kernel (BatchMatMul, _FusedMatMul: inputs a and b, attrs
 * transposeA and transposeB) so that transposed operands are materialised first.
 * @param original the wasm backend's own config of that kernel.
 * @param transpose the wasm backend's Transpose kernel function.
 */
export function makeUntransposedMatMulConfig(original: KernelConfig, transpose: KernelFunc): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const attrs = args.attrs as NamedAttrMap & { transposeA: boolean; transposeB: boolean };
    if (!attrs.transposeA && !attrs.transposeB) return original.kernelFunc(args);
    const backend = asWasm(args.backend);
    const temporaries: TensorInfo[] = [];
    const materialise = (x: TensorInfo): TensorInfo => {
      const t = transpose({ inputs: { x }, backend: args.backend, attrs: { perm: lastTwoSwapped(x.shape.length) } }) as TensorInfo;
      temporaries.push(t);
      return t;
    };
    const a = args.inputs.a as TensorInfo;
    const b = args.inputs.b as TensorInfo;
    try {
      return original.kernelFunc({
        ...args,
        inputs: { ...args.inputs, a: attrs.transposeA ? materialise(a) : a, b: attrs.transposeB ? materialise(b) : b },
        attrs: { ...attrs, transposeA: false, transposeB: false },
      });
    } finally {
      for (const t of temporaries) backend.disposeData(t.dataId);
    }
  };
  return { ...original, kernelFunc };
}
