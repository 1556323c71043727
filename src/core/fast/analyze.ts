/**
 * The fast analysis path: one forward + BPTT pass over a sequence in plain typed-array
 * loops (no tfjs), fast enough to redraw the gradient lab on every slider move.
 * It reads the same ParamSet as the tfjs model and returns the same SequenceAnalysis.
 */
import type { Activation, CellKind, ParamSet } from '../params';
import type { AnalysisOptions, SequenceAnalysis } from '../analysis';
import { asFloat32, type Precision } from './buffers';
import type { CoreInput, CoreOutput } from './core-types';
import { clippedNorm, globalNorm } from './gradients';
import { runLstmCore } from './lstm-core';
import { runRnnCore } from './rnn-core';
import { parameterNames, validateInputs } from './validate';

export interface FastModelConfig {
  cell: CellKind;
  /** σ of the simple RNN; ignored by the LSTM (logistic gates, tanh candidate and output). */
  activation: Activation;
}

export interface FastExtras {
  /** Storage of the trajectories; 'float64' is for tests (finite differences). Default 'float32'. */
  precision?: Precision;
  /** Also return ‖∂J/∂W_h|_(t)‖ per step (see FastRun.recurrentContributions). Default false. */
  perStepContributions?: boolean;
  /**
   * Simple RNN only: also return δ(t) = ∂J/∂a(t) for every step (see FastRun.recurrentDeltas),
   * of the mean loss J ('mean') or of the last step's loss J(T) alone ('last'). Default none.
   */
  recurrentDeltas?: 'mean' | 'last';
}

export interface FastRun {
  analysis: SequenceAnalysis;
  /** ∂J/∂θ of the mean loss before clipping: same names and shapes as the parameters read. */
  gradients: ParamSet;
  /**
   * Length T, or null unless asked for: the norm of step t's term in
   * ∂J/∂W_h = Σ_t δ(t) h(t−1)ᵀ (δ(t) = ∂J/∂a(t), the gradient at the t-th appearance of W_h),
   * i.e. ‖δ(t)‖·‖h(t−1)‖; 0 at t = 0 since h(−1) = 0. For the LSTM, the same for the four
   * recurrent matrices stacked, [W_f; W_i; W_o; W_c]. Respects truncation.
   */
  recurrentContributions: Float32Array | null;
  /**
   * [T][H] row-major, or null unless asked for: δ(t) = ∂J/∂a(t), a(t) = W_h h(t−1) + W_e e(t) + b_1,
   * for the loss named in FastExtras.recurrentDeltas, truncation respected (zero where no
   * gradient reaches). Step t's term of ∂J/∂W_h is the outer product δ(t) h(t−1)ᵀ, with
   * h(t−1) from analysis.hiddenStates (h(−1) = 0).
   */
  recurrentDeltas: Float64Array | null;
}

/**
 * Forward + BPTT with everything the lower levels compute.
 * @param tokens length T+1: inputs tokens[0..T−1], targets tokens[1..T]
 * @throws Error on an empty sequence, a token out of range, bad options, or missing,
 *   mis-shaped or non-finite parameters. NaN/Inf arising in the computation do not throw.
 */
export function runSequenceFast(
  params: ParamSet,
  config: FastModelConfig,
  tokens: readonly number[],
  options: AnalysisOptions,
  extras: FastExtras = {},
): FastRun {
  const dims = validateInputs(params, config, tokens, options);
  if (extras.recurrentDeltas && config.cell !== 'rnn') throw new Error('recurrentDeltas is available for the simple RNN only.');
  const input: CoreInput = {
    params, dims, tokens, truncation: options.truncation,
    precision: extras.precision ?? 'float32', contributions: extras.perStepContributions ?? false,
    deltas: extras.recurrentDeltas,
  };
  const core: CoreOutput = config.cell === 'rnn' ? runRnnCore(input, config.activation) : runLstmCore(input);

  let sum = 0;
  for (let t = 0; t < dims.T; t++) sum += core.stepLosses[t];
  const loss = sum / dims.T;
  const names = parameterNames(config.cell);
  const gradients: ParamSet = {};
  for (const n of names) gradients[n] = { shape: [...params[n].shape] as ParamSet[string]['shape'], data: Float32Array.from(core.grads[n]) };
  // The norm of the gradients as returned (float32 entries, float64 sum): an entry beyond
  // float32 range is Infinity there, and so is the norm, as in a float32 model.
  const paramGradNorm = globalNorm(names.map((n) => gradients[n].data));

  const analysis: SequenceAnalysis = {
    cell: config.cell,
    activation: config.activation,
    length: dims.T,
    hidden: dims.H,
    loss,
    perplexity: Math.exp(loss),
    stepLosses: Float32Array.from(core.stepLosses),
    hiddenStates: asFloat32(core.hidden),
    gradNorms: core.gradNorms,
    gradFromLast: core.gradFromLast,
    paramGradNorm,
    clippedGradNorm: clippedNorm(paramGradNorm, options.clip),
  };
  if (core.lstm) {
    const l = core.lstm;
    analysis.lstm = {
      cellStates: asFloat32(l.cellStates), forget: asFloat32(l.forget), input: asFloat32(l.input),
      output: asFloat32(l.output), candidate: asFloat32(l.candidate), cellGradNorms: l.cellGradNorms,
    };
  }
  return { analysis, gradients, recurrentContributions: core.contributions, recurrentDeltas: core.deltas ?? null };
}

/** Loss, states and gradient norms of one sequence (see SequenceAnalysis); Float32 storage. */
export function analyzeSequenceFast(
  params: ParamSet,
  config: FastModelConfig,
  tokens: number[],
  options: AnalysisOptions,
): SequenceAnalysis {
  return runSequenceFast(params, config, tokens, options).analysis;
}

/**
 * ‖∂J/∂W_h|_(t)‖ for each step t (length T): how much each appearance of the repeated
 * weight contributes to its gradient, whose sum over t is ∂J/∂W_h (the lecture's rule).
 */
export function recurrentGradContributions(
  params: ParamSet,
  config: FastModelConfig,
  tokens: number[],
  options: AnalysisOptions,
): Float32Array {
  return runSequenceFast(params, config, tokens, options, { perStepContributions: true }).recurrentContributions!;
}
