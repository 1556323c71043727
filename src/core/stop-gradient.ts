/**
 * The identity in the forward pass, zero in the backward pass: tfjs-core has no
 * public stopGradient. Truncated BPTT passes the carried state through this at each
 * chunk boundary, so the forward values are unchanged but ∂J/∂h(t) before the
 * boundary receives exactly 0 from the steps after it.
 */
import * as tf from '@tensorflow/tfjs-core';

// customGrad's typing wants a variadic function with a save() argument; one input is all we need.
const identityWithZeroGradient = (x: tf.Tensor) => ({ value: tf.clone(x), gradFunc: (dy: tf.Tensor) => tf.zerosLike(dy) });
const stop = tf.customGrad(identityWithZeroGradient as unknown as Parameters<typeof tf.customGrad>[0]) as unknown as <T extends tf.Tensor>(x: T) => T;

/** Same values as x; no gradient flows back through the result. */
export function stopGradient<T extends tf.Tensor>(x: T): T {
  return stop(x);
}
