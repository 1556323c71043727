/**
 * Worker task: trains the lag experiment's model briefly (trainLagModel) and returns
 * its parameters, streaming held-out accuracy after each evaluation.
 */
import type { Task } from '../protocol';
import { trainLagModel, type LagTrainOptions, type LagTrainProgress } from '../../core/lag-trained-params';

export type LagTrainedPayload = LagTrainOptions;

export interface LagTrainedResult {
  step: number;
  accuracy: number;
  params: LagTrainProgress['params'];
}

export const lagTrainedParamsTask: Task = async (payload, context) => {
  let final: LagTrainProgress | null = null;
  for (const p of trainLagModel(payload as LagTrainedPayload)) {
    final = p;
    context.progress({ step: p.step, accuracy: p.accuracy, done: p.done });
    await context.yieldToEvents();
    if (context.cancelled()) return { result: null };
  }
  const params = final?.params;
  const transfer = params ? Object.values(params).map((p) => p.data.buffer as ArrayBuffer) : [];
  return { result: { step: final?.step ?? 0, accuracy: final?.accuracy ?? 0, params } satisfies LagTrainedResult, transfer };
};
