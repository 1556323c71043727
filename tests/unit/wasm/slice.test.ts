/** The heap-view Slice, Unpack and SplitV give exactly the cpu backend's results and free what they allocate. */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { dataIds, integers, on, useBothBackends } from './backends';

beforeAll(useBothBackends);

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** [shape, begin, size] — contiguous (whole trailing dims), strided, -1 sizes, empty. */
const SLICES: [number[], number[], number[]][] = [
  [[10], [3], [4]],
  [[10], [0], [-1]],
  [[10], [9], [1]],
  [[6, 5], [2, 0], [3, 5]], // contiguous rows
  [[6, 5], [1, 2], [4, 2]], // column block
  [[6, 5], [0, 4], [6, 1]], // one column
  [[6, 5], [5, 0], [1, -1]],
  [[6, 5], [2, 1], [0, 3]], // empty
  [[4, 3, 5], [1, 0, 0], [1, 3, 5]], // one time step of [T, B, H]
  [[4, 3, 5], [1, 1, 0], [2, 2, 5]],
  [[4, 3, 5], [0, 0, 2], [4, 3, 3]],
  [[4, 3, 5], [3, 2, 4], [1, 1, 1]],
  [[3, 4, 2, 5], [1, 0, 0, 0], [2, 4, 2, 5]],
  [[3, 4, 2, 5], [0, 1, 1, 2], [3, 2, 1, 3]],
  [[3, 4, 2, 5], [2, 3, 0, 0], [1, 1, 2, -1]],
];

describe('Slice on wasm', () => {
  it.each(SLICES)('shape %j begin %j size %j equals cpu', async (shape, begin, sz) => {
    const data = integers(size(shape), shape.length * 31 + begin[0]);
    const run = () => tf.tidy(() => tf.slice(tf.tensor(data, shape), begin, sz)).arraySync();
    expect(await on('wasm', run)).toEqual(await on('cpu', run));
  });

  it('keeps int32 and bool values and shapes', async () => {
    const run = () =>
      tf.tidy(() => [
        tf.slice(tf.tensor2d([1, 2, 3, 4, 5, 6], [2, 3], 'int32'), [0, 1], [2, 2]).arraySync(),
        tf.slice(tf.tensor2d([1, 0, 1, 1, 0, 0], [2, 3], 'bool'), [1, 0], [1, 3]).arraySync(),
      ]);
    const wasm = await on('wasm', run);
    expect(wasm).toEqual([[[2, 3], [5, 6]], [[1, 0, 0]]]);
    expect(wasm).toEqual(await on('cpu', run));
  });

  it('slices strings through the original kernel', async () => {
    const out = await on('wasm', () => tf.tidy(() => tf.slice(tf.tensor1d(['a', 'b', 'c']), [1], [2]).arraySync()));
    expect(out).toEqual(['b', 'c']);
  });
});

describe('Unpack and SplitV on wasm', () => {
  const shape = [4, 3, 5];
  const data = integers(size(shape), 7);

  it.each([0, 1, 2, -1])('unstack along axis %i equals cpu', async (axis) => {
    const run = () => tf.tidy(() => tf.unstack(tf.tensor(data, shape), axis).map((t) => ({ shape: t.shape, values: Array.from(t.dataSync()) })));
    expect(await on('wasm', run)).toEqual(await on('cpu', run));
  });

  it.each([
    [2, 0],
    [[1, 3], 0],
    [3, 1],
    [[2, -1, 2], 2],
    [[5], -1],
  ] as [number | number[], number][])('split %j along axis %i equals cpu', async (splits, axis) => {
    const run = () =>
      tf.tidy(() => tf.split(tf.tensor(data, shape), splits, axis).map((t) => ({ shape: t.shape, values: Array.from(t.dataSync()) })));
    expect(await on('wasm', run)).toEqual(await on('cpu', run));
  });

  it('the gradients of concat (SplitV) and stack (Unpack) equal cpu', async () => {
    const run = () =>
      tf.tidy(() => {
        const a = tf.tensor(integers(12, 1), [3, 4]);
        const b = tf.tensor(integers(6, 2), [3, 2]);
        const w = tf.tensor(integers(18, 3), [3, 6]);
        const v = tf.tensor(integers(24, 4), [2, 3, 4]);
        const [ga, gb] = tf.grads((p: tf.Tensor, q: tf.Tensor) => tf.sum(tf.mul(tf.concat([p, q], 1), w)))([a, b]);
        const [gx, gy] = tf.grads((p: tf.Tensor, q: tf.Tensor) => tf.sum(tf.mul(tf.stack([tf.square(p), q]), v)))([a, a]);
        return [ga, gb, gx, gy].map((t) => t.arraySync());
      });
    expect(await on('wasm', run)).toEqual(await on('cpu', run));
  });

  it('leaves no tensors or wasm buffers behind', async () => {
    await on('wasm', () => {
      const x = tf.tensor(data, shape);
      const once = () => {
        tf.dispose(tf.unstack(x));
        tf.dispose(tf.split(x, [1, 3], 0));
        tf.slice(x, [1, 1, 1], [2, 2, 2]).dispose();
        tf.tidy(() => {
          tf.grad((p: tf.Tensor) => tf.sum(tf.stack(tf.unstack(p, 1), 1)))(x);
        });
      };
      once();
      const tensors = tf.memory().numTensors;
      const ids = dataIds();
      for (let k = 0; k < 5; k++) once();
      expect(tf.memory().numTensors).toBe(tensors);
      expect(dataIds()).toBe(ids);
      x.dispose();
    });
  });
});
