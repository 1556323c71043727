/** The two recurrent cells of chapter 1, as the reader chooses them, with their concept colours. */
import type { CellKind } from '../../core/params';
import { GATE_COLOURS } from '../../viz/scales';

export const CELL_OPTIONS = [
  { value: 'rnn', label: 'simple RNN' },
  { value: 'lstm', label: 'LSTM' },
] as const satisfies readonly { value: CellKind; label: string }[];

export const CELL_LABEL: Record<CellKind, string> = { rnn: 'simple RNN', lstm: 'LSTM' };
export const CELL_COLOUR: Record<CellKind, string> = { rnn: GATE_COLOURS.hidden, lstm: GATE_COLOURS.cell };
/** The n-gram's colour in comparisons (a neutral grey: it is the baseline). */
export const NGRAM_COLOUR = '#6b6b6b';
