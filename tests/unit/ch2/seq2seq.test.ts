import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { useCpu } from '../core/helpers';
import { Seq2SeqTrainer, greedyDecode, seq2seqLoss } from '../../../src/core/seq2seq';
import { reverseData, reversePair, readSymbols, MARK } from '../../../src/data/reverse-task';

beforeAll(useCpu);

const spec = { vocab: 9, embed: 4, hidden: 6 };

describe('seq2seq', () => {
  it('greedyDecode returns encoder states [T][H], the context h_enc(T) and at most maxLength outputs', () => {
    const tr = new Seq2SeqTrainer(spec, 1);
    const d = greedyDecode(tr.vars, spec, [1, 2, 3], MARK, MARK, 5);
    expect(d.encoderStates).toHaveLength(3 * 6);
    expect(Array.from(d.context)).toEqual(Array.from(d.encoderStates.subarray(12, 18)));
    expect(d.output.length).toBeLessThanOrEqual(6);
    tr.dispose();
  });

  it('seq2seqLoss gradient matches a finite difference (decoder and encoder weights)', () => {
    const tr = new Seq2SeqTrainer(spec, 2);
    const pair = reversePair([1, 4, 2]);
    const lossAt = () => tf.tidy(() => seq2seqLoss(tr.vars, spec, [pair.source], [pair.input], [pair.target]).dataSync()[0]);
    for (const name of ['W_f@enc', 'U_c@dec', 'E_enc']) {
      const v = tr.vars[name];
      const analytic = tf.tidy(() => tf.variableGrads(() => seq2seqLoss(tr.vars, spec, [pair.source], [pair.input], [pair.target]), [v]).grads[v.name].dataSync()[0]);
      expect(Number.isFinite(analytic)).toBe(true);
      const eps = 1e-2;
      const base = v.dataSync().slice();
      const shifted = (delta: number) => {
        const d = base.slice();
        d[0] += delta;
        v.assign(tf.tensor(d, v.shape));
        return lossAt();
      };
      const numeric = (shifted(eps) - shifted(-eps)) / (2 * eps);
      v.assign(tf.tensor(base, v.shape));
      expect(Math.abs(numeric - analytic)).toBeLessThan(2e-3 + 0.02 * Math.abs(analytic));
    }
    tr.dispose();
  });

  it('training steps leave no tensors behind and lower the loss', () => {
    const tr = new Seq2SeqTrainer(spec, 3);
    const data = reverseData(3, 20);
    const batch = () => {
      const b = data.nextBatch(16);
      return [b.map((p) => p.source), b.map((p) => p.input), b.map((p) => p.target)] as const;
    };
    const first = tr.step(...batch());
    const before = tf.memory().numTensors;
    let last = first;
    for (let k = 0; k < 30; k++) last = tr.step(...batch());
    expect(tf.memory().numTensors).toBe(before);
    expect(last).toBeLessThan(first);
    tr.dispose();
  });

  it('reverseData is deterministic from its seed; readSymbols reports odd input', () => {
    expect(reverseData(5, 30).test).toEqual(reverseData(5, 30).test);
    expect(reversePair([0, 1, 2]).target).toEqual([2, 1, 0, MARK]);
    expect(readSymbols('').read).toBe(0);
    expect(readSymbols('ab?z c').ids).toEqual([0, 1, 2]);
    expect(readSymbols('ab?z c').dropped).toEqual(['?', 'z']);
  });
});
