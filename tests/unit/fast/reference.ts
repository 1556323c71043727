/**
 * An independent, deliberately naive float64 reference for the fast path: nested
 * number arrays, one step at a time, written straight from the lecture's equations.
 * It shares no code with src/core/fast. Tests finite-difference it to get "true"
 * gradients: of the parameters, of an additive perturbation injected into h(t) or c(t),
 * and of a perturbation of the recurrent matrix at a single appearance t.
 *
 * Truncated BPTT as a function: the loss of each chunk [s, s+k) is computed from the
 * state that the *unperturbed* parameters carry into it (a constant), so differentiating
 * it gives exactly the truncated gradient.
 */
import type { Activation, CellKind, ParamSet } from '../../../src/core/params';

export type Vec = number[];
export type Mat = number[][];
/** Parameters as float64 nested arrays: vectors as Vec, matrices as Mat (rows). */
export type RefParams = Record<string, Vec | Mat>;

export interface RefConfig {
  cell: CellKind;
  activation: Activation;
}

export interface RefPerturbation {
  /** Add delta to h(t) right after it is computed (before the output layer and step t+1 read it). */
  h?: { t: number; delta: Vec };
  /** Add delta to c(t) right after it is computed (before h(t) = o∘tanh c(t) reads it). */
  c?: { t: number; delta: Vec };
  /** Use params[name] + delta for the recurrent matrix at step t only (its t-th appearance). */
  recurrentAt?: { t: number; name: string; delta: Mat };
}

export interface RefResult {
  stepLosses: number[];
  loss: number;
  h: Vec[];
  c: Vec[];
  f: Vec[];
  i: Vec[];
  o: Vec[];
  cand: Vec[];
}

export function toRef(params: ParamSet): RefParams {
  const out: RefParams = {};
  for (const [name, p] of Object.entries(params)) {
    if (p.shape.length === 1) out[name] = Array.from(p.data);
    else {
      const [rows, cols] = p.shape;
      const m: Mat = [];
      for (let r = 0; r < rows; r++) m.push(Array.from(p.data.slice(r * cols, (r + 1) * cols)));
      out[name] = m;
    }
  }
  return out;
}

export function cloneRef(p: RefParams): RefParams {
  return JSON.parse(JSON.stringify(p)) as RefParams;
}

const mat = (p: RefParams, n: string): Mat => p[n] as Mat;
const vec = (p: RefParams, n: string): Vec => p[n] as Vec;
const matVec = (m: Mat, v: Vec): Vec => m.map((row) => row.reduce((s, w, j) => s + w * v[j], 0));
const add = (...vs: Vec[]): Vec => vs[0].map((_, k) => vs.reduce((s, v) => s + v[k], 0));
const sigmoid = (s: number): number => 1 / (1 + Math.exp(-s));
const column = (m: Mat, j: number): Vec => m.map((row) => row[j]);

function sigma(a: Activation, s: number): number {
  if (a === 'tanh') return Math.tanh(s);
  if (a === 'sigmoid') return sigmoid(s);
  if (a === 'relu') return Math.max(0, s);
  return s;
}

function recurrent(p: RefParams, name: string, t: number, pert?: RefPerturbation): Mat {
  const m = mat(p, name);
  const r = pert?.recurrentAt;
  if (!r || r.t !== t || r.name !== name) return m;
  return m.map((row, i) => row.map((w, j) => w + r.delta[i][j]));
}

interface State { h: Vec; c: Vec }
interface StepOut extends State { loss: number; f: Vec; i: Vec; o: Vec; cand: Vec }

function step(p: RefParams, cfg: RefConfig, prev: State, x: number, y: number, t: number, pert?: RefPerturbation): StepOut {
  const e = column(mat(p, 'E'), x);
  let h: Vec, c: Vec = [], f: Vec = [], i: Vec = [], o: Vec = [], cand: Vec = [];
  if (cfg.cell === 'rnn') {
    const a = add(matVec(recurrent(p, 'W_h', t, pert), prev.h), matVec(mat(p, 'W_e'), e), vec(p, 'b_1'));
    h = a.map((s) => sigma(cfg.activation, s));
  } else {
    const gate = (g: string): Vec => add(matVec(recurrent(p, `W_${g}`, t, pert), prev.h), matVec(mat(p, `U_${g}`), e), vec(p, `b_${g}`));
    f = gate('f').map(sigmoid);
    i = gate('i').map(sigmoid);
    o = gate('o').map(sigmoid);
    cand = gate('c').map(Math.tanh);
    c = f.map((fk, k) => fk * prev.c[k] + i[k] * cand[k]);
    if (pert?.c && pert.c.t === t) c = add(c, pert.c.delta);
    h = o.map((ok, k) => ok * Math.tanh(c[k]));
  }
  if (pert?.h && pert.h.t === t) h = add(h, pert.h.delta);
  const z = add(matVec(mat(p, 'U'), h), vec(p, 'b_2'));
  const loss = Math.log(z.reduce((s, zk) => s + Math.exp(zk), 0)) - z[y];
  return { h, c, loss, f, i, o, cand };
}

/**
 * Forward over tokens (length T+1). With truncation k > 0, chunk [s, s+k) starts from the
 * state at s−1 computed with `base` (default: params) and no perturbation.
 */
export function referenceForward(
  params: RefParams, cfg: RefConfig, tokens: number[], truncation = 0,
  pert?: RefPerturbation, base: RefParams = params,
): RefResult {
  const T = tokens.length - 1;
  const H = mat(params, cfg.cell === 'rnn' ? 'W_h' : 'W_f').length;
  const zero: State = { h: new Array<number>(H).fill(0), c: new Array<number>(H).fill(0) };
  const baseStates: State[] = [];
  if (truncation > 0) {
    let s = zero;
    for (let t = 0; t < T; t++) baseStates.push((s = step(base, cfg, s, tokens[t], tokens[t + 1], t)));
  }
  const res: RefResult = { stepLosses: [], loss: 0, h: [], c: [], f: [], i: [], o: [], cand: [] };
  let state = zero;
  for (let t = 0; t < T; t++) {
    if (truncation > 0 && t > 0 && t % truncation === 0) state = baseStates[t - 1];
    const out = step(params, cfg, state, tokens[t], tokens[t + 1], t, pert);
    state = out;
    res.stepLosses.push(out.loss);
    res.h.push(out.h);
    res.c.push(out.c);
    res.f.push(out.f);
    res.i.push(out.i);
    res.o.push(out.o);
    res.cand.push(out.cand);
  }
  res.loss = res.stepLosses.reduce((a, b) => a + b, 0) / T;
  return res;
}
