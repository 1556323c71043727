/**
 * Settings → a freshly initialised LSTM and simple RNN (the lag experiment's sizes) on
 * one long-lag recall sequence, and the gradient of the last step's loss flowing back:
 * ‖∂J(T)/∂c(t)‖ for the LSTM's cell, ‖∂J(T)/∂h(t)‖ for the RNN's hidden state.
 */
import { initLanguageModel, type ParamSet } from '../../core/params';
import { runSequenceFast } from '../../core/fast';
import { lstmBackwardNorms, softmaxHeadGradient } from '../../core/lstm-backward-norms';
import { LAG_VOCAB, lagBatches } from '../../data/long-lag';
import type { Values } from '../../state/url-params';
import { LAG_MODEL, type CellGradientSchema } from './schema';
import type { CellGradientNumbers, CellGradientWords } from './text';

export type CellGradientSettings = Values<CellGradientSchema>;

export interface CellGradientResult {
  /** Steps: the symbol, L distractors, the question. */
  T: number;
  tokens: number[];
  answer: number;
  lstmCell: Float32Array;
  lstmHidden: Float32Array;
  rnnHidden: Float32Array;
  /** Mean forget gate over units and steps. */
  meanForget: number;
}

export function lagParams(cell: 'rnn' | 'lstm', s: CellGradientSettings): ParamSet {
  return initLanguageModel({ cell, vocab: LAG_VOCAB, embed: LAG_MODEL.embed, hidden: LAG_MODEL.hidden },
    { radius: LAG_MODEL.radius, forgetBias: s.forgetBias }, s.seed);
}

/** Both models' parameters in the language-model layout the fast path reads. */
export interface LagModels {
  rnn: ParamSet;
  lstm: ParamSet;
}

/** @param models trained weights to use instead of a fresh initialisation */
export function computeCellGradient(s: CellGradientSettings, models?: LagModels): CellGradientResult {
  const { inputs, targets } = lagBatches(s.lag, 1, s.seed)();
  const answer = targets[0];
  // The answer is the last step's target: only that step's loss is differentiated.
  const tokens = [...inputs[0], answer];
  const options = { truncation: 0, clip: 0 };
  const rnn = runSequenceFast(models?.rnn ?? lagParams('rnn', s), { cell: 'rnn', activation: 'tanh' }, tokens, options).analysis;
  const lstmParams = models?.lstm ?? lagParams('lstm', s);
  const lstm = runSequenceFast(lstmParams, { cell: 'lstm', activation: 'tanh' }, tokens, options).analysis;
  const T = lstm.length;
  const H = lstm.hidden;
  const hLast = lstm.hiddenStates.subarray((T - 1) * H, T * H);
  const norms = lstmBackwardNorms(lstmParams, { T, H, ...lstm.lstm! }, (t) => (t === T - 1 ? softmaxHeadGradient(lstmParams, hLast, answer) : null));
  const f = lstm.lstm!.forget;
  return {
    T, tokens, answer, lstmCell: norms.cell, lstmHidden: norms.hidden, rnnHidden: rnn.gradFromLast,
    meanForget: f.reduce((a, v) => a + v, 0) / f.length,
  };
}

/** Sentences from the numbers: how much of the last step's gradient survives back to the symbol. */
export function describeCellGradient(r: CellGradientResult, s: CellGradientSettings, m: CellGradientWords): string[] {
  const last = r.T - 1;
  const kept = (v: Float32Array) => v[0] / v[last];
  const fmt = (x: number) => (x >= 0.01 && x < 100 ? x.toFixed(2) : x.toExponential(1));
  const lstmKept = kept(r.lstmCell), rnnKept = kept(r.rnnHidden);
  const ratio = lstmKept / rnnKept;
  const n: CellGradientNumbers = {
    steps: last, lstmKept: fmt(lstmKept), rnnKept: fmt(rnnKept), meanForget: r.meanForget.toFixed(2),
    bias: s.forgetBias, sigmaBias: (1 / (1 + Math.exp(-s.forgetBias))).toFixed(2), product: fmt(r.meanForget ** last), ratio: fmt(ratio),
  };
  const verdict = ratio > 100 ? m.keepsFarMore(n) : ratio > 1.5 ? m.keepsMore(n) : m.alike;
  return [m.atSymbol(n), m.forgetPath(n), verdict];
}

/** Chapter 3's race with matching settings (its lag set nearest to this lag, the same forget bias). */
export function lagRaceHref(s: CellGradientSettings): string {
  const lags = s.lag <= 12 ? 'short' : s.lag <= 50 ? 'lecture' : 'long';
  const query = new URLSearchParams({ 'lr.lags': lags, 'lr.forgetBias': String(s.forgetBias) });
  if (lags === 'lecture') query.delete('lr.lags');
  if (s.forgetBias === 3) query.delete('lr.forgetBias');
  const q = query.toString();
  return `${import.meta.env.BASE_URL}chapters/03-vanishing-and-exploding-gradients${q ? `?${q}` : ''}#a-race-over-long-time-lags`;
}
