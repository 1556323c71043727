/**
 * The few methods of tfjs-backend-wasm 4.22's BackendWasm that the replacement
 * kernels use. A type-only import: nothing of the wasm package is loaded here.
 */
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

/** makeOutput allocates on the wasm heap; typedArrayFromHeap is a view (no copy); disposeData frees. */
export type WasmBackend = Pick<BackendWasm, 'makeOutput' | 'typedArrayFromHeap' | 'disposeData'>;

/** Kernel functions receive the backend untyped. */
export function asWasm(backend: unknown): WasmBackend {
  return backend as WasmBackend;
}
