/** The two recurrent cells of chapter 1, as the reader chooses them, with their concept colours. */
import type { CellKind } from '../../core/params';
import { GATE_COLOURS } from '../../viz/scales';
import type { CharLmText } from './text';

/** A cell's name in the reader's language (LSTM is LSTM in both). */
export const cellLabel = (cell: CellKind, t: CharLmText): string => (cell === 'rnn' ? t.simpleRnn : 'LSTM');

export const cellOptions = (t: CharLmText) => [
  { value: 'rnn', label: cellLabel('rnn', t) },
  { value: 'lstm', label: cellLabel('lstm', t) },
] as const satisfies readonly { value: CellKind; label: string }[];

export const CELL_COLOUR: Record<CellKind, string> = { rnn: GATE_COLOURS.hidden, lstm: GATE_COLOURS.cell };
/** The n-gram's colour in comparisons (a neutral grey: it is the baseline). */
export const NGRAM_COLOUR = '#6b6b6b';
