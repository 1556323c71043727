/**
 * A reader's text → the pretrained LSTM's trajectory over it. The text is encoded as
 * the model was trained ([‹start›, …characters, ‹end›]); column k of every picture is
 * the step that reads character k, so the ‹start› step is dropped from what is shown.
 */
import { END, START, describeCharacter, encodeText, tokenLabel } from '../../data/char-vocab';
import { runSequenceFast } from '../../core/fast';
import type { ParamSet } from '../../core/params';
import type { TextNote } from './text';

export interface TextTrace {
  /** Character labels, one per column (␣ for a space, ‹?› for unknown). */
  labels: string[];
  /** The encoded characters (token ids), one per column. */
  ids: number[];
  /** T columns × H units; each row-major [T][H], aligned with `labels`. */
  T: number;
  H: number;
  f: Float32Array; i: Float32Array; o: Float32Array; cand: Float32Array; c: Float32Array; h: Float32Array;
  /** c and h of the step before column 0 (after ‹start›), for "previous state" readouts. */
  c0: Float32Array; h0: Float32Array;
  /** Notes for the reader: cut text, unknown characters (worded by the widget's catalogue). */
  notes: TextNote[];
}

export type TraceKey = 'f' | 'i' | 'o' | 'cand' | 'c' | 'h';

/** Text → encoded ids with the reader's notes (cut, unknown characters); never throws. */
export function encodeReaderText(text: string, maxLength: number): { ids: number[]; notes: TextNote[] } {
  const enc = encodeText(text, maxLength);
  const notes: TextNote[] = [];
  if (enc.truncated) notes.push({ kind: 'cut', limit: maxLength });
  if (enc.unknownCount > 0) {
    notes.push({ kind: 'unknown', count: enc.unknownCount, shown: enc.unknown.slice(0, 5).map(describeCharacter), more: enc.unknown.length > 5 });
  }
  return { ids: enc.ids, notes };
}

export function traceText(params: ParamSet, text: string, maxLength: number): TextTrace {
  const { ids, notes } = encodeReaderText(text, maxLength);
  const tokens = [START, ...ids, END];
  const { analysis } = runSequenceFast(params, { cell: 'lstm', activation: 'tanh' }, tokens, { truncation: 0, clip: 0 });
  const H = analysis.hidden;
  const l = analysis.lstm!;
  const drop = (a: Float32Array) => a.subarray(H);
  return {
    labels: ids.map(tokenLabel), ids, T: ids.length, H,
    f: drop(l.forget), i: drop(l.input), o: drop(l.output), cand: drop(l.candidate), c: drop(l.cellStates), h: drop(analysis.hiddenStates),
    c0: l.cellStates.subarray(0, H), h0: analysis.hiddenStates.subarray(0, H),
    notes,
  };
}

/** Value of `key` at column t, unit u. */
export const traceAt = (trace: TextTrace, key: TraceKey, t: number, u: number): number => trace[key][t * trace.H + u];

/** One unit's values over the text, length T. */
export function column(trace: TextTrace, key: TraceKey, u: number): Float32Array {
  const out = new Float32Array(trace.T);
  for (let t = 0; t < trace.T; t++) out[t] = trace[key][t * trace.H + u];
  return out;
}
