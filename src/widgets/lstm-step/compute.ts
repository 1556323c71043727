/**
 * Settings → one LSTM step of the pretrained model: the trajectory up to t−1 from the
 * fast path, then step t from lstmStep with the reader's forced gates.
 */
import { embedToken, lstmStep, stateAt, type GateOverrides, type LstmStepResult } from '../../core/lstm-step';
import type { ParamSet } from '../../core/params';
import type { Values } from '../../state/url-params';
import { traceText, type TextTrace } from '../lstm-shared/char-text';
import { STEP_TEXT_LIMIT, type LstmStepSchema } from './schema';
import type { LstmStepWords, StepNorms } from './text';

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

/**
 * The step's numbers as the widget shows them, kept in its store so that a reader
 * outside the widget (a prediction prompt) quotes them: c(t) = f∘c(t−1) + i∘c̃, split.
 */
export interface LstmStepMeasured {
  /** The forget gate's forced value, or null when the model's own f is used. */
  forcedF: number | null;
  /** 1-based step and the character read there. */
  step: number;
  char: string;
  cPrev: number;
  /** ‖f ∘ c(t−1)‖: what is kept of the old memory. */
  kept: number;
  /** ‖i ∘ c̃‖: what is written now. */
  written: number;
  c: number;
  /** ‖c(t)‖ with no gate forced. */
  cFree: number;
  /** Largest |c_j(t) − i_j c̃_j| over the units (0 when nothing is kept). */
  offWritten: number;
}

export interface LstmStepResults {
  measured: LstmStepMeasured | null;
}

export function measureStep(v: StepView): LstmStepMeasured {
  const { f, i, c: cand } = v.step.gates;
  const H = v.cPrev.length;
  const kept = new Float64Array(H);
  const written = new Float64Array(H);
  let offWritten = 0;
  for (let j = 0; j < H; j++) {
    kept[j] = f[j] * v.cPrev[j];
    written[j] = i[j] * cand[j];
    offWritten = Math.max(offWritten, Math.abs(v.step.c[j] - written[j]));
  }
  return {
    forcedF: typeof v.overrides.f === 'number' ? v.overrides.f : null,
    step: v.t + 1,
    char: v.trace.labels[v.t],
    cPrev: norm(v.cPrev),
    kept: norm(kept),
    written: norm(written),
    c: norm(v.step.c),
    cFree: norm(v.free.c),
    offWritten,
  };
}

/** Sentences computed from the numbers: what the forced gates did to c and h. */
export function describeStep(v: StepView, m: LstmStepWords): string[] {
  const f = (x: number) => x.toFixed(2);
  const n: StepNorms = { cPrev: f(norm(v.cPrev)), cFree: f(norm(v.free.c)), cNow: f(norm(v.step.c)), hFree: f(norm(v.free.h)), hNow: f(norm(v.step.h)) };
  const { f: forget, i: input, o: output } = v.overrides;
  if (forget === undefined && input === undefined && output === undefined) return [m.noneForced(n)];
  const out: string[] = [];
  if (forget === 0) out.push(m.forgetZero(n));
  else if (forget !== undefined) out.push(m.forgetPartly(f(forget as number)));
  if (input === 1) out.push(m.inputOne);
  else if (input === 0) out.push(m.inputZero);
  if (output === 0) out.push(m.outputZero(n));
  else if (output !== undefined) out.push(m.outputPartly(f(output as number), n));
  out.push(m.overall(n));
  return out;
}
