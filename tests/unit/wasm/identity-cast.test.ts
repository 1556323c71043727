/** Identity and same-dtype Cast share data by reference count: values survive disposing either side. */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { dataIds, on, useBothBackends } from './backends';

beforeAll(useBothBackends);

describe('Identity and Cast on wasm', () => {
  it('a clone outlives its source, and the source its clone', async () => {
    await on('wasm', () => {
      const x = tf.tensor2d([1, 2, 3, 4], [2, 2]);
      const y = tf.clone(x);
      const z = tf.cast(x, 'float32');
      x.dispose();
      expect(Array.from(y.dataSync())).toEqual([1, 2, 3, 4]);
      y.dispose();
      expect(Array.from(z.dataSync())).toEqual([1, 2, 3, 4]);
      z.dispose();
    });
  });

  it('casts between dtypes like the cpu backend', async () => {
    const run = () =>
      tf.tidy(() => {
        const f = tf.tensor1d([-2.7, -0.5, 0, 1.5, 3.9]);
        const i = tf.tensor1d([-3, 0, 7], 'int32');
        return [tf.cast(f, 'int32'), tf.cast(i, 'float32'), tf.cast(i, 'int32'), tf.cast(tf.tensor1d([1, 0, 1], 'bool'), 'float32')].map((t) => ({
          dtype: t.dtype,
          values: Array.from(t.dataSync()),
        }));
      });
    expect(await on('wasm', run)).toEqual(await on('cpu', run));
  });

  it('frees the shared buffer once the last tensor goes', async () => {
    await on('wasm', () => {
      const ids = dataIds();
      const tensors = tf.memory().numTensors;
      for (let k = 0; k < 5; k++) {
        const x = tf.ones([3, 3]);
        const y = tf.clone(x);
        const z = tf.cast(y, 'float32');
        tf.dispose([x, y, z]);
      }
      tf.tidy(() => {
        tf.grad((p: tf.Tensor) => tf.sum(tf.mul(p, p)))(tf.ones([4]));
      });
      expect(tf.memory().numTensors).toBe(tensors);
      expect(dataIds()).toBe(ids);
    });
  });
});
