/**
 * The tfjs model core in one import, for widgets, the worker, the lab and scripts.
 * Call `initBackend()` once before anything else.
 *
 *   const model = RecurrentModel.create({ cell: 'lstm', vocab: 50, embed: 16, hidden: 64 }, { radius: 1, forgetBias: 3 }, seed);
 *   const a = analyzeSequence(model, nextTokenPairs(ids), { truncation: 20, clip: 1 });
 *   const trainer = new Trainer(model, { optimizer: 'adam', learningRate: 0.01, clip: 1, truncation: 0 });
 *   trainer.step({ inputs, targets });  sample(model, { maxLength: 100, temperature: 0.8, seed, start });
 *   trainer.dispose(); model.dispose();
 */
export { initBackend, type BackendName, type BackendOptions } from './backend';
export { RecurrentModel } from './model';
export {
  resolveSpec,
  initModelParams,
  paramShapes,
  layerSuffix,
  type ModelSpec,
  type ResolvedSpec,
  type HeadKind,
  type Pooling,
} from './spec';
export { analyzeSequence, nextTokenPairs, type SequenceInput } from './analyze';
export { lossAndGradients, type LossAndGradients } from './gradients';
export { Trainer, type TrainerOptions, type TrainingBatch, type TrainStepResult, type OptimizerKind } from './train';
export { sample, sampleFromLogits, type SampleOptions } from './sample';
export { globalNorm, clipByGlobalNorm, clipScale } from './clip';
export type { AnalysisOptions, SequenceAnalysis } from './analysis';
