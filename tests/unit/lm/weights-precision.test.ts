/** float16 weight files: exact half-precision rounding, and a file that reads back what roundParams predicts. */
import { describe, expect, it } from 'vitest';
import { fromHalfBits, parseWeights, roundParams, serializeWeights, toHalfBits, type WeightFile } from '../../../src/core/weights-io';
import { createRng } from '../../../src/core/random';

const half = (x: number) => fromHalfBits(toHalfBits(x));

describe('float16', () => {
  it('keeps numbers a half can hold exactly: normals, the smallest normal and subnormal, the largest finite', () => {
    for (const x of [0, 1, -2, 0.5, 1.5, 1024, 65504, -65504, 2 ** -14, -(2 ** -14), 2 ** -24, 3 * 2 ** -24, 1 + 2 ** -10]) expect(half(x)).toBe(x);
  });
  it('rounds to the nearest half, ties to even, overflow to ±Infinity, NaN stays NaN', () => {
    expect(half(1 + 2 ** -11)).toBe(1); // tie between 1 and 1 + 2^-10: the even one
    expect(half(1 + 3 * 2 ** -11)).toBe(1 + 2 ** -9); // tie: rounds up to the even mantissa
    expect(half(1 + 2 ** -11 + 2 ** -20)).toBe(1 + 2 ** -10); // just past the tie
    expect(half(65520)).toBe(Infinity);
    expect(half(-1e9)).toBe(-Infinity);
    expect(half(2 ** -26)).toBe(0);
    expect(Number.isNaN(half(NaN))).toBe(true);
  });
  it('relative error at most 2^-11 on normal numbers', () => {
    const rng = createRng(5);
    for (let k = 0; k < 2000; k++) {
      const x = (rng.next() - 0.5) * 2 ** (rng.int(24) - 12);
      if (Math.abs(x) < 2 ** -14) continue;
      expect(Math.abs(half(x) - x)).toBeLessThanOrEqual(Math.abs(x) * 2 ** -11);
    }
  });
  it('a float16 file reads back exactly roundParams(…, "float16") in about half the bytes of float32', () => {
    const rng = createRng(9);
    const data = Float32Array.from({ length: 600 }, () => rng.next() * 4 - 2);
    const file: WeightFile = { spec: { cell: 'rnn', vocab: 3, embed: 2, hidden: 4 }, meta: { steps: 1 }, params: { W: { shape: [20, 30], data } } };
    const back = parseWeights(serializeWeights(file, 'float16'));
    expect(Array.from(back.params.W.data)).toEqual(Array.from(roundParams(file.params, 'float16').W.data));
    expect(Array.from(parseWeights(serializeWeights(file)).params.W.data)).toEqual(Array.from(data));
    expect(serializeWeights(file, 'float16').length).toBeLessThan(serializeWeights(file).length * 0.6);
  });
  it('an unknown number type is a readable error', () => {
    const text = serializeWeights({ spec: { cell: 'rnn', vocab: 1, embed: 1, hidden: 1 }, meta: {}, params: { b: { shape: [2], data: new Float32Array(2) } } }).replace('"float32"', '"int4"');
    expect(() => parseWeights(text)).toThrow(/unknown number type "int4"/);
  });
});
