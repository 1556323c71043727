/**
 * Which units carry in their cell what their hidden state does not show. Since
 * h = o ∘ tanh c, a unit's |h| is o·|tanh c|: the part of the cell kept back is
 * (1 − o)·|tanh c|. Its mean over the text ranks the units.
 */
import type { TextTrace } from '../lstm-shared/char-text';
import type { HiddenVsCellWords } from './text';

export interface UnitHiding {
  unit: number;
  /** Mean (1 − o)·|tanh c| over the text. */
  hidden: number;
  meanAbsC: number;
  meanAbsH: number;
  meanO: number;
}

export function hidingOf(trace: TextTrace, u: number): UnitHiding {
  const { T, H } = trace;
  let hidden = 0, c = 0, h = 0, o = 0;
  for (let t = 0; t < T; t++) {
    const n = t * H + u;
    const tc = Math.abs(Math.tanh(trace.c[n]));
    hidden += (1 - trace.o[n]) * tc;
    c += Math.abs(trace.c[n]);
    h += Math.abs(trace.h[n]);
    o += trace.o[n];
  }
  const k = Math.max(1, T);
  return { unit: u, hidden: hidden / k, meanAbsC: c / k, meanAbsH: h / k, meanO: o / k };
}

/** Units ranked by how much of their cell the hidden state keeps back, most first. */
export function rankHiding(trace: TextTrace, top: number): UnitHiding[] {
  return Array.from({ length: trace.H }, (_, u) => hidingOf(trace, u)).sort((a, b) => b.hidden - a.hidden).slice(0, top);
}

/** The sentence under the chart, from the unit's numbers. */
export function describeHiding(s: UnitHiding, trace: TextTrace, m: HiddenVsCellWords): string[] {
  const f2 = (x: number) => x.toFixed(2);
  const out = [m.averages({ unit: s.unit, meanAbsC: f2(s.meanAbsC), meanAbsH: f2(s.meanAbsH), meanO: f2(s.meanO) })];
  if (s.meanO < 0.5 && s.meanAbsC > 2 * s.meanAbsH) out.push(m.hides);
  else if (s.meanAbsC > 1) out.push(m.grows);
  else out.push(m.shows);
  // The step where the gap is widest, as a concrete example.
  let best = 0, gap = -1;
  for (let t = 0; t < trace.T; t++) {
    const n = t * trace.H + s.unit;
    const g = Math.abs(trace.c[n]) - Math.abs(trace.h[n]);
    if (g > gap) [gap, best] = [g, t];
  }
  const n = best * trace.H + s.unit;
  if (trace.T > 0) out.push(m.widestGap({ step: best + 1, ch: trace.labels[best], c: f2(trace.c[n]), h: f2(trace.h[n]), o: f2(trace.o[n]) }));
  return out;
}

