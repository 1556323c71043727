/**
 * A model's parameters held as tf.Variables, created from (and readable as) the
 * plain ParamSet of params.ts. The model owns its variables: call dispose().
 */
import * as tf from '@tensorflow/tfjs-core';
import './tf-gradients';
import type { ParamSet, RecurrentInit } from './params';
import { initModelParams, paramShapes, resolveSpec, type ModelSpec, type ResolvedSpec } from './spec';
import { checkParams } from './validate';
import type { ParamTensors } from './layer';

let modelCount = 0;

export class RecurrentModel {
  readonly spec: ResolvedSpec;
  /** The variables by parameter name (E, W_h, W_h@1, …). tfjs variable names carry a per-model prefix. */
  readonly variables: Readonly<Record<string, tf.Variable>>;
  private disposed = false;

  /** @param params initial values; validated (names, shapes, finite). */
  constructor(spec: ModelSpec, params: ParamSet) {
    this.spec = resolveSpec(spec);
    checkParams(params, paramShapes(this.spec));
    // tfjs variable names are global: make them unique per model.
    const prefix = `rnn-model-${modelCount++}/`;
    const vars: Record<string, tf.Variable> = {};
    tf.tidy(() => {
      for (const [name, p] of Object.entries(params)) {
        vars[name] = tf.variable(tf.tensor(p.data, p.shape, 'float32'), true, prefix + name);
      }
    });
    this.variables = vars;
  }

  /** A model with seeded initial weights (W_h or each LSTM W_· at spectral radius init.radius). */
  static create(spec: ModelSpec, init: RecurrentInit = { radius: 1 }, seed = 0): RecurrentModel {
    return new RecurrentModel(spec, initModelParams(spec, init, seed));
  }

  /** The variables as a name → tensor map, for `forward`. */
  tensors(): ParamTensors {
    this.assertAlive();
    return this.variables;
  }

  /** A copy of the current values as plain arrays. */
  getParams(): ParamSet {
    this.assertAlive();
    const out: ParamSet = {};
    for (const [name, v] of Object.entries(this.variables)) {
      out[name] = { shape: [...v.shape] as [number] | [number, number], data: (v.dataSync() as Float32Array).slice() };
    }
    return out;
  }

  /** Overwrites all values (e.g. from a weight file). Validated first: nothing changes if it throws. */
  setParams(params: ParamSet): void {
    this.assertAlive();
    checkParams(params, paramShapes(this.spec));
    tf.tidy(() => {
      for (const [name, p] of Object.entries(params)) this.variables[name].assign(tf.tensor(p.data, p.shape, 'float32'));
    });
  }

  /** Frees the variables. The model cannot be used afterwards. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const v of Object.values(this.variables)) v.dispose();
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  private assertAlive(): void {
    if (this.disposed) throw new Error('This model has been disposed.');
  }
}
