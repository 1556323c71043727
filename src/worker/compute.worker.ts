/// <reference lib="webworker" />
/**
 * The compute worker: tfjs and the model core off the main thread, so training never
 * freezes the page. Each training widget starts its own.
 */
import { memory } from '@tensorflow/tfjs-core';
import { backendFallbackReason, initBackend } from '../core/backend';
import { serveTasks } from './host';
import { WASM_PATHS } from './wasm-paths';
import { lagSweepTask } from './tasks/lag-sweep';
import { lagTrainedParamsTask } from './tasks/lag-trained-params';
import { explodingRunTask } from './tasks/exploding-run';
import { explodingPinTask } from './tasks/exploding-pin';
import { lmTrainTask } from './tasks/lm-train';
import { lmPinTask } from './tasks/lm-pin';
import { lmCompareTask } from './tasks/lm-compare';
import { lmGenerateTask } from './tasks/lm-generate';
import { ownTextPrepareTask, ownTextTrainTask } from './tasks/own-text';
import { wordTrainTask, wordReadTask, wordStackTask, wordGenerateTask } from './tasks/word-run';
import { seq2seqTrainTask, seq2seqDecodeTask } from './tasks/seq2seq-run';

serveTasks({ 'lag-sweep': lagSweepTask, 'lag-trained-params': lagTrainedParamsTask, 'lm-train': lmTrainTask, 'lm-pin': lmPinTask, 'lm-compare': lmCompareTask, 'lm-generate': lmGenerateTask, 'own-text-prepare': ownTextPrepareTask, 'own-text-train': ownTextTrainTask, 'exploding-run': explodingRunTask, 'exploding-pin': explodingPinTask, 'word-train': wordTrainTask, 'word-read': wordReadTask, 'word-stack': wordStackTask, 'word-generate': wordGenerateTask, 'seq2seq-train': seq2seqTrainTask, 'seq2seq-decode': seq2seqDecodeTask }, initBackend('wasm', { wasmPaths: WASM_PATHS }), {
  memory: () => {
    const { numTensors, numBytes } = memory();
    return { numTensors, numBytes };
  },
  backendNote: backendFallbackReason,
});
