/**
 * Settings → freshly initialised weights (W_h = ρ·Q) → one forward + BPTT pass over
 * the passage on the fast path → ‖∂J(T)/∂h(t)‖ for every word t, J(T) being the loss
 * of predicting the blank. Both cells are computed, so the text can compare them.
 */
import { initLanguageModel, type CellKind } from '../../core/params';
import { analyzeSequenceFast } from '../../core/fast';
import type { Values } from '../../state/url-params';
import { TICKETS_MODEL, type TicketsSchema } from './schema';
import { tokenise, type TokenisedPassage } from './passage';

export type TicketsSettings = Values<TicketsSchema>;

export interface CellGradients {
  cell: CellKind;
  /** ‖∂J(T)/∂h(t)‖ per word t = 0 … T−1. */
  fromBlank: Float32Array;
  /** Gradient at "tickets" divided by the gradient at the last word. */
  ratio: number;
}

export interface TicketsResult {
  passage: TokenisedPassage;
  /** ℓ: words from "tickets" to the last word. */
  distance: number;
  shown: CellGradients;
  other: CellGradients;
}

const PASSAGE = tokenise();

export function cellGradients(cell: CellKind, settings: TicketsSettings, passage = PASSAGE): CellGradients {
  const params = initLanguageModel(
    { cell, vocab: passage.vocab.length, embed: TICKETS_MODEL.embed, hidden: TICKETS_MODEL.hidden },
    { radius: settings.rho, forgetBias: settings.forgetBias },
    settings.seed,
  );
  const a = analyzeSequenceFast(params, { cell, activation: 'tanh' }, passage.ids, { truncation: 0, clip: 0 });
  const g = a.gradFromLast;
  return { cell, fromBlank: g, ratio: g[passage.answerIndex] / g[g.length - 1] };
}

export function computeTickets(settings: TicketsSettings): TicketsResult {
  const other: CellKind = settings.cell === 'rnn' ? 'lstm' : 'rnn';
  return {
    passage: PASSAGE,
    distance: PASSAGE.words.length - 1 - PASSAGE.answerIndex,
    shown: cellGradients(settings.cell, settings),
    other: cellGradients(other, settings),
  };
}
