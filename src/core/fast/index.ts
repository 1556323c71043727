/** Fast, dependency-free forward + BPTT analysis (plain typed arrays, no tfjs). */
export { analyzeSequenceFast, recurrentGradContributions, runSequenceFast } from './analyze';
export type { FastExtras, FastModelConfig, FastRun } from './analyze';
export type { Precision } from './buffers';
export { clipGradients, clipScale, clippedNorm, globalNorm } from './gradients';
export { rhoPowerCurve } from './theory';
export { chunkStart, startsChunk } from './truncation';
export { parameterNames } from './validate';
