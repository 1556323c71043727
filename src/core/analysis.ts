/**
 * What one forward + BPTT pass over a sequence returns: plain numbers only, so a
 * widget, a worker message or the lab CLI can use it without touching tensors.
 * Both the tfjs model and the fast Float32Array path produce exactly this shape,
 * and the tests hold them to each other.
 */
import type { Activation, CellKind } from './params';

export interface AnalysisOptions {
  /** Truncated-BPTT window k: no gradient crosses the boundaries after steps k, 2k, …; 0 = off. */
  truncation: number;
  /** Global-norm clipping threshold (the lecture's Algorithm 1); 0 = off. */
  clip: number;
}

export interface SequenceAnalysis {
  cell: CellKind;
  activation: Activation;
  /** T, the number of steps. */
  length: number;
  /** H, the hidden size. */
  hidden: number;
  /** J: mean cross-entropy over the T steps. */
  loss: number;
  /** exp(J). */
  perplexity: number;
  /** J(t) = −log ŷ(t)[x(t+1)] for each t, length T. */
  stepLosses: Float32Array;
  /** h(t), row-major [T][H]. */
  hiddenStates: Float32Array;
  /** ‖∂J/∂h(t)‖ for each t (J the mean loss), length T. */
  gradNorms: Float32Array;
  /** ‖∂J(T)/∂h(t)‖: the gradient of the last step's loss alone, length T. */
  gradFromLast: Float32Array;
  /** ‖∂J/∂θ‖ over all parameters, before clipping. */
  paramGradNorm: number;
  /** The same norm after global-norm clipping (equal when clipping is off or not triggered). */
  clippedGradNorm: number;
  /** LSTM only. */
  lstm?: {
    /** c(t), row-major [T][H]. */
    cellStates: Float32Array;
    /** Gate activations, each row-major [T][H]; c̃ is the candidate. */
    forget: Float32Array;
    input: Float32Array;
    output: Float32Array;
    candidate: Float32Array;
    /** ‖∂J/∂c(t)‖ for each t, length T. */
    cellGradNorms: Float32Array;
  };
}
