/** What a cell's forward + BPTT core hands to the assembler in analyze.ts. */
import type { Buf, Precision } from './buffers';
import type { ModelDims } from './validate';
import type { ParamSet } from '../params';

export interface CoreInput {
  params: ParamSet;
  /** Validated sizes. */
  dims: ModelDims;
  /** Length T+1: inputs tokens[0..T-1], targets tokens[1..T]. */
  tokens: readonly number[];
  /** Truncated-BPTT window k, 0 = off. */
  truncation: number;
  precision: Precision;
  /** Also compute the per-appearance norms of the recurrent-weight gradient. */
  contributions: boolean;
  /**
   * Also keep δ(t) = ∂J/∂a(t) of this loss (simple RNN only): 'mean' is the mean loss J,
   * 'last' the last step's loss J(T) alone. Respects truncation.
   */
  deltas?: 'mean' | 'last';
}

export interface CoreOutput {
  /** J(t), length T. */
  stepLosses: Float64Array;
  /** h(t), [T][H]. */
  hidden: Buf;
  /** ‖∂J/∂h(t)‖ of the mean loss, length T. */
  gradNorms: Float32Array;
  /** ‖∂J(T)/∂h(t)‖ (last step's loss alone), length T; 0 outside the last chunk. */
  gradFromLast: Float32Array;
  /** ∂J/∂θ of the mean loss per parameter name, row-major as the parameter. */
  grads: Record<string, Float64Array>;
  /** ‖contribution of step t to ∂J/∂(recurrent weights)‖, length T, or null. */
  contributions: Float32Array | null;
  /** δ(t) = ∂J/∂a(t), [T][H], when CoreInput.deltas asked for it. */
  deltas?: Float64Array;
  lstm?: {
    cellStates: Buf;
    forget: Buf;
    input: Buf;
    output: Buf;
    candidate: Buf;
    /** ‖∂J/∂c(t)‖, length T. */
    cellGradNorms: Float32Array;
  };
}

/** Zeroed Float64 gradient accumulators shaped like the named parameters. */
export function zeroGrads(params: ParamSet, names: string[]): Record<string, Float64Array> {
  const out: Record<string, Float64Array> = {};
  for (const n of names) out[n] = new Float64Array(params[n].data.length);
  return out;
}
