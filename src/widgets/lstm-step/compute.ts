/**
 * Settings → one LSTM step of the pretrained model: the trajectory up to t−1 from the
 * fast path, then step t from lstmStep with the reader's forced gates.
 */
import { embedToken, lstmStep, stateAt, type GateOverrides, type LstmStepResult } from '../../core/lstm-step';
import type { ParamSet } from '../../core/params';
import type { Values } from '../../state/url-params';
import { traceText, type TextTrace } from '../lstm-shared/char-text';
import { STEP_TEXT_LIMIT, type LstmStepSchema } from './schema';

export interface StepView {
  trace: TextTrace;
  /** The step shown (clamped to the text). */
  t: number;
  /** The unit shown (resolved from "auto"). */
  unit: number;
  hPrev: Float32Array;
  cPrev: Float32Array;
  /** With the reader's overrides. */
  step: LstmStepResult;
  /** The model's own step (no overrides), for comparison. */
  free: LstmStepResult;
  overrides: GateOverrides;
}

export function overridesOf(s: Values<LstmStepSchema>): GateOverrides {
  const o: GateOverrides = {};
  if (s.forceF) o.f = s.f;
  if (s.forceI) o.i = s.i;
  if (s.forceO) o.o = s.o;
  return o;
}

/** The unit whose cell value changes most at this step: where something is written or erased. */
export function busiestUnit(free: LstmStepResult, cPrev: ArrayLike<number>): number {
  let best = 0;
  for (let r = 1; r < free.c.length; r++) if (Math.abs(free.c[r] - cPrev[r]) > Math.abs(free.c[best] - cPrev[best])) best = r;
  return best;
}

export function computeStepView(params: ParamSet, s: Values<LstmStepSchema>): StepView | null {
  const trace = traceText(params, s.text, STEP_TEXT_LIMIT);
  if (trace.T === 0) return null;
  const t = Math.min(s.t, trace.T - 1);
  const { H } = trace;
  const hPrev = t === 0 ? trace.h0 : stateAt(trace.h, t - 1, H);
  const cPrev = t === 0 ? trace.c0 : stateAt(trace.c, t - 1, H);
  const e = embedToken(params, trace.ids[t]);
  const overrides = overridesOf(s);
  const free = lstmStep(params, hPrev, cPrev, e);
  const step = lstmStep(params, hPrev, cPrev, e, overrides);
  const unit = s.unit >= 0 && s.unit < H ? s.unit : busiestUnit(free, cPrev);
  return { trace, t, unit, hPrev, cPrev, step, free, overrides };
}

const norm = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((a, x) => a + x * x, 0));

/** Sentences computed from the numbers: what the forced gates did to c and h. */
export function describeStep(v: StepView): string[] {
  const out: string[] = [];
  const cFree = norm(v.free.c), cNow = norm(v.step.c), cPrev = norm(v.cPrev), hFree = norm(v.free.h), hNow = norm(v.step.h);
  const f = (x: number) => x.toFixed(2);
  if (v.overrides.f === undefined && v.overrides.i === undefined && v.overrides.o === undefined) {
    out.push(`No gate is forced: these are the model’s own numbers. ‖c(t−1)‖ = ${f(cPrev)} → ‖c(t)‖ = ${f(cFree)}; ‖h(t)‖ = ${f(hFree)}.`);
    return out;
  }
  if (v.overrides.f === 0) out.push(`Forget gate forced to 0: the old memory is erased, so c(t) = i ∘ c̃ only (‖c(t)‖ ${f(cNow)} instead of ${f(cFree)}).`);
  else if (v.overrides.f !== undefined) out.push(`Forget gate forced to ${f(v.overrides.f as number)}: that fraction of every c(t−1) element is kept.`);
  if (v.overrides.i === 1) out.push(`Input gate forced to 1: the whole new content c̃ is written into the cell.`);
  else if (v.overrides.i === 0) out.push(`Input gate forced to 0: nothing new is written; c(t) = f ∘ c(t−1).`);
  if (v.overrides.o === 0) out.push(`Output gate forced to 0: h(t) is all zeros (‖h(t)‖ = ${f(hNow)}), though the cell still holds ‖c(t)‖ = ${f(cNow)} — hidden, not lost.`);
  else if (v.overrides.o !== undefined) out.push(`Output gate forced to ${f(v.overrides.o as number)}: ‖h(t)‖ = ${f(hNow)} (the model: ${f(hFree)}).`);
  out.push(`Overall ‖c(t)‖ = ${f(cNow)} (model ${f(cFree)}), ‖h(t)‖ = ${f(hNow)} (model ${f(hFree)}).`);
  return out;
}
