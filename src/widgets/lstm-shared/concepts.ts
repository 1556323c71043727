/**
 * The six quantities of an LSTM step as the chapter names and colours them: the same
 * colour, name and symbol in the equations, the heatmaps, the legends and the traces.
 */
import { interpolateRgb, scaleSequential, quantileSorted } from 'd3';
import { GATE_COLOURS, signedColour } from '../../viz/scales';
import type { TraceKey } from './char-text';
import type { LstmSharedWords } from './text';

export interface Concept {
  key: TraceKey;
  /** Plain-text symbol (labels, aria). */
  symbol: string;
  /** TeX symbol. */
  tex: string;
  /** The CSS class colouring it in equations (styles.css). */
  className: string;
  colour: string;
  /** Gates live in (0, 1); the rest are signed. */
  range: 'unit' | 'signed';
}

export const CONCEPTS: Record<TraceKey, Concept> = {
  f: { key: 'f', symbol: 'f', tex: '\\mathbf{f}', className: 'gate-f', colour: GATE_COLOURS.f, range: 'unit' },
  i: { key: 'i', symbol: 'i', tex: '\\mathbf{i}', className: 'gate-i', colour: GATE_COLOURS.i, range: 'unit' },
  o: { key: 'o', symbol: 'o', tex: '\\mathbf{o}', className: 'gate-o', colour: GATE_COLOURS.o, range: 'unit' },
  cand: { key: 'cand', symbol: 'c̃', tex: '\\tilde{\\mathbf{c}}', className: 'gate-c', colour: GATE_COLOURS.c, range: 'signed' },
  c: { key: 'c', symbol: 'c', tex: '\\mathbf{c}', className: 'state-c', colour: GATE_COLOURS.cell, range: 'signed' },
  h: { key: 'h', symbol: 'h', tex: '\\mathbf{h}', className: 'state-h', colour: GATE_COLOURS.hidden, range: 'signed' },
};

const NAME_KEY = { f: 'conceptF', i: 'conceptI', o: 'conceptO', cand: 'conceptCand', c: 'conceptC', h: 'conceptH' } as const;

/** The chapter's name for a quantity, in the reader's language. */
export const conceptName = (m: LstmSharedWords, key: TraceKey): string => m[NAME_KEY[key]];

export const CONCEPT_KEYS: readonly TraceKey[] = ['f', 'i', 'o', 'cand', 'c', 'h'];

/** The value used by the chapter's \htmlData{concept=…} markers for each quantity. */
export const CONCEPT_DATA: Record<TraceKey, string> = { f: 'f', i: 'i', o: 'o', cand: 'cand', c: 'c', h: 'h' };

/**
 * The colour scale's reach for signed values: the 98th percentile of |value|, at least 1
 * (so gates and tanh outputs share one scale). Not the maximum: a trained LSTM has a few
 * counter-like cells far larger than the rest, which would wash every other row out;
 * those few are drawn at full colour instead.
 */
export function signedExtent(values: Float32Array): number {
  const magnitudes = Float64Array.from(values, Math.abs).filter(Number.isFinite).sort();
  return Math.max(1, quantileSorted(Array.from(magnitudes), 0.98) ?? 1);
}

/**
 * Colour of a value of `key`: gates from white (0, closed) to the gate's colour (1, open);
 * signed quantities on the shared diverging scheme centred on 0.
 */
export function conceptColour(key: TraceKey, extent = 1): (v: number) => string {
  if (CONCEPTS[key].range === 'unit') return scaleSequential(interpolateRgb('#ffffff', CONCEPTS[key].colour)).domain([0, 1]).clamp(true);
  return signedColour(extent);
}
