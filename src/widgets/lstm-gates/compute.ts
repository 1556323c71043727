/** Settings → the pretrained LSTM over the reader's text, and the finder's ranking. */
import { VOCAB } from '../../data/char-vocab';
import { rankUnits, textFeatures, type FeatureKey, type UnitScore } from '../../core/unit-features';
import type { ParamSet } from '../../core/params';
import { traceText, type TextTrace } from '../lstm-shared/char-text';
import { GATES_TEXT_LIMIT } from './schema';

export const FINDER_TOP = 8;

export interface GatesView {
  trace: TextTrace;
  ranked: UnitScore[];
}

export function computeGates(params: ParamSet, text: string, feature: FeatureKey, by: 'c' | 'h'): GatesView {
  const trace = traceText(params, text, GATES_TEXT_LIMIT);
  const features = textFeatures(trace.ids.map((id) => VOCAB[id]));
  const ranked = trace.T > 1 ? rankUnits(trace[by], trace.T, trace.H, features[feature], FINDER_TOP) : [];
  return { trace, ranked };
}
