/**
 * ∂J/∂θ for every parameter, as plain arrays: for weight inspection, for tests
 * against finite differences, and for comparing with other implementations.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ParamSet } from './params';
import type { RecurrentModel } from './model';
import { crossEntropyRows, forward, packSequences } from './network';
import { checkAnalysisOptions, readFloats, type SequenceInput } from './analyze';
import { checkIds } from './validate';

export interface LossAndGradients {
  /** J, mean cross-entropy. */
  loss: number;
  /** ∂J/∂θ by parameter name, shaped like the parameters (truncated BPTT if truncation > 0). */
  grads: ParamSet;
}

/** Loss and (unclipped) parameter gradients of one sequence. */
export function lossAndGradients(model: RecurrentModel, input: SequenceInput, options: { truncation: number }): LossAndGradients {
  checkAnalysisOptions({ truncation: options.truncation, clip: 0 });
  const { spec } = model;
  checkIds(input.tokens, spec.vocab, 'Token');
  checkIds(input.targets, spec.classes, 'Target');
  const batch = packSequences([input.tokens]);
  const targets = Int32Array.from(input.targets);
  let out: LossAndGradients | undefined;
  tf.tidy(() => {
    const params = model.tensors();
    const names = Object.keys(params);
    const { value, grads } = tf.engine().gradients(
      () => tf.mean(crossEntropyRows(forward(params, spec, batch, { truncation: options.truncation }).logits, targets)) as tf.Scalar,
      names.map((n) => params[n]),
      undefined,
      true,
    );
    const set: ParamSet = {};
    names.forEach((n, k) => {
      const p = params[n];
      set[n] = { shape: [...p.shape] as [number] | [number, number], data: grads[k] ? readFloats(grads[k]) : new Float32Array(p.size) };
    });
    out = { loss: value.dataSync()[0], grads: set };
  });
  return out!;
}
