/** Every prediction prompt a chapter can ask (`<Predict id="…" />`), one file per question. */
import type { PredictQuestion } from './types';
import { perplexityRanking } from './questions/perplexity-ranking';
import { poolingAccuracy } from './questions/pooling-accuracy';
import { gradientExplodes } from './questions/gradient-explodes';
import { forgetZero } from './questions/forget-zero';
import { bidirectionalGenerate } from './questions/bidirectional-generate';

export const QUESTIONS: readonly PredictQuestion[] = [perplexityRanking, poolingAccuracy, gradientExplodes, forgetZero, bidirectionalGenerate];

export function findQuestion(id: string): PredictQuestion | undefined {
  return QUESTIONS.find((q) => q.id === id);
}
