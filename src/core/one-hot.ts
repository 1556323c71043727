/**
 * One-hot rows as float32 on every backend. tfjs-backend-wasm 4.22's OneHot kernel
 * ignores the dtype argument and writes int32 bit patterns into a float32 tensor
 * (1 reads as 1.4e-45), so build int32 and cast.
 */
import * as tf from '@tensorflow/tfjs-core';

/** [N, depth] float32 with a 1 at (n, ids[n]). */
export function oneHotFloat(ids: Int32Array, depth: number): tf.Tensor2D {
  return tf.cast(tf.oneHot(tf.tensor1d(ids, 'int32'), depth), 'float32') as tf.Tensor2D;
}
