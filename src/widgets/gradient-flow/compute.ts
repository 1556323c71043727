/**
 * Settings → model → one forward + BPTT pass. The weights come from the same seeded
 * initialiser as the tfjs model (W_h = ρ·Q, Q orthogonal), and the pass is the fast
 * typed-array path, which the tests hold to the tfjs model's numbers.
 */
import { initLanguageModel, type ParamSet } from '../../core/params';
import { createRng } from '../../core/random';
import { analyzeSequenceFast, rhoPowerCurve } from '../../core/fast';
import { eigenvalues, type Complex } from '../../core/eigen';
import type { SequenceAnalysis } from '../../core/analysis';
import type { Values } from '../../state/url-params';
import { LAB_MODEL, type GradientFlowSchema } from './schema';

export type GradientFlowSettings = Values<GradientFlowSchema>;

export interface GradientFlowResult {
  analysis: SequenceAnalysis;
  /** Eigenvalues of W_h (or W_f for the LSTM), for the unit-circle plot. */
  eigen: Complex[];
  /** The measured ρ(W_h) (equals the setting up to float error: W_h = ρ·Q). */
  radius: number;
  /** The ρ^ℓ prediction aligned with gradFromLast, or null when it does not apply. */
  theory: Float32Array | null;
  /** Scale that clipping applies to the whole parameter gradient (1 when off or not triggered). */
  clipScale: number;
  tokens: number[];
}

/**
 * What the lab last drew, kept in its store so that a reader outside the widget (a
 * prediction prompt) quotes the numbers on screen rather than computing its own.
 */
export interface GradientFlowMeasured {
  settings: GradientFlowSettings;
  /** ‖∂J(T)/∂h(t)‖ for t = 1…T (index t−1), before clipping. */
  gradFromLast: Float32Array;
  radius: number;
}

export interface GradientFlowResults {
  measured: GradientFlowMeasured | null;
}

/** Seeded input sequence of T+1 tokens (inputs and next-token targets). */
export function labTokens(length: number, seed: number): number[] {
  const rng = createRng(seed * 7919 + 17);
  return Array.from({ length: length + 1 }, () => rng.int(LAB_MODEL.vocab));
}

export function labParams(settings: Pick<GradientFlowSettings, 'cell' | 'rho' | 'seed'>): ParamSet {
  return initLanguageModel(
    { cell: settings.cell, vocab: LAB_MODEL.vocab, embed: LAB_MODEL.embed, hidden: LAB_MODEL.hidden },
    { radius: settings.rho, forgetBias: LAB_MODEL.forgetBias },
    settings.seed,
  );
}

/** The core's options for these settings: truncation window and clipping threshold (0 = off). */
export function analysisOptions(settings: GradientFlowSettings): { truncation: number; clip: number } {
  return {
    truncation: settings.truncation > 0 ? Math.min(settings.truncation, settings.length) : 0,
    clip: settings.clip ? settings.threshold : 0,
  };
}

export function computeGradientFlow(settings: GradientFlowSettings): GradientFlowResult {
  const params = labParams(settings);
  const tokens = labTokens(settings.length, settings.seed);
  const options = analysisOptions(settings);
  const analysis = analyzeSequenceFast(params, { cell: settings.cell, activation: settings.activation }, tokens, options);
  const recurrent = settings.cell === 'rnn' ? params.W_h : params.W_f;
  const eigen = eigenvalues(recurrent.data, LAB_MODEL.hidden);
  const radius = Math.max(...eigen.map((l) => Math.hypot(l.re, l.im)));
  const T = analysis.length;
  // For a linear RNN with W_h = ρQ the theory is exact; elsewhere it is only a bound.
  const theory =
    settings.cell === 'rnn' && settings.activation === 'identity'
      ? rhoPowerCurve(radius, analysis.gradFromLast[T - 1], T, options.truncation)
      : null;
  const g = analysis.paramGradNorm;
  const clipScale = options.clip > 0 && g >= options.clip && Number.isFinite(g) ? options.clip / g : 1;
  return { analysis, eigen, radius, theory, clipScale, tokens };
}
