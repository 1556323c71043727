/**
 * LSTM language model, forward and BPTT in plain loops. Gates read the embedding:
 *   f, i, o = logistic(W_· h(t−1) + U_· e(t) + b_·),  c̃ = tanh(W_c h(t−1) + U_c e(t) + b_c)
 *   c(t) = f ∘ c(t−1) + i ∘ c̃,  h(t) = o ∘ tanh c(t),  h(−1) = c(−1) = 0
 * Gate order everywhere: f, i, o, c (LSTM_GATES). Truncation cuts both carries,
 * ∂J/∂h(t−1) and ∂J/∂c(t−1), at a chunk start.
 */
import { LSTM_GATES } from '../params';
import { allocBuf, norm2, type Buf } from './buffers';
import type { CoreInput, CoreOutput } from './core-types';
import { zeroGrads } from './core-types';
import { headBackward, headForward } from './softmax-head';
import { chunkStart, startsChunk } from './truncation';
import { parameterNames } from './validate';

const logistic = (s: number): number => 1 / (1 + Math.exp(-s));

/** The forward trajectory, each [T][H] except p [T][V]. */
interface LstmTrace {
  f: Buf; i: Buf; o: Buf; cand: Buf; c: Buf; tc: Buf; h: Buf; p: Buf;
}

interface StepGrads {
  W: Float64Array[]; Ug: Float64Array[]; b: Float64Array[]; E: Float64Array;
}

/**
 * One step of BPTT. On entry dh = ∂J/∂h(t) (total) and dc = the carry ∂J/∂c(t+1)·f(t+1);
 * on exit dc = ∂J/∂c(t) and dpre = ∂J/∂(pre-activations of f, i, o, c̃) as [4][H].
 * Returns ‖∂J/∂c(t)‖.
 */
function backwardStep(
  tr: LstmTrace, t: number, H: number, dh: Float64Array, dc: Float64Array, dpre: Float64Array,
): number {
  const cPrevOff = (t - 1) * H;
  for (let r = 0; r < H; r++) {
    const n = t * H + r;
    const f = tr.f[n], i = tr.i[n], o = tr.o[n], cand = tr.cand[n], tc = tr.tc[n];
    const cPrev = t > 0 ? tr.c[cPrevOff + r] : 0;
    const dcv = dh[r] * o * (1 - tc * tc) + dc[r];
    dc[r] = dcv;
    dpre[r] = dcv * cPrev * f * (1 - f);
    dpre[H + r] = dcv * cand * i * (1 - i);
    dpre[2 * H + r] = dh[r] * tc * o * (1 - o);
    dpre[3 * H + r] = dcv * i * (1 - cand * cand);
  }
  return norm2(dc, 0, H);
}

/**
 * Through the recurrent matrices: gW_g += dpre_g h(t−1)ᵀ, and when dhPrev is given,
 * dhPrev = Σ_g W_gᵀ dpre_g (overwritten); when last/dhLast are given, the same carry for
 * the last step's loss alone, dhLast = Σ_g W_gᵀ last_g, in the same pass over the four W_g.
 * @param hp offset of h(t−1) in h
 */
function recurrentBack(
  W: Float32Array[], gW: Float64Array[], h: Buf, hp: number, H: number,
  dpre: Float64Array, dhPrev: Float64Array | null, last: Float64Array | null, dhLast: Float64Array | null,
): void {
  const Wf = W[0], Wi = W[1], Wo = W[2], Wc = W[3];
  const gf = gW[0], gi = gW[1], go = gW[2], gc = gW[3];
  if (dhPrev) dhPrev.fill(0);
  if (dhLast) dhLast.fill(0);
  for (let r = 0; r < H; r++) {
    const df = dpre[r], di = dpre[H + r], dO = dpre[2 * H + r], dC = dpre[3 * H + r], row = r * H;
    for (let j = 0; j < H; j++) {
      const hv = h[hp + j], n = row + j;
      gf[n] += df * hv; gi[n] += di * hv; go[n] += dO * hv; gc[n] += dC * hv;
    }
    if (dhPrev && last && dhLast) {
      const lf = last[r], li = last[H + r], lo = last[2 * H + r], lc = last[3 * H + r];
      for (let j = 0; j < H; j++) {
        const n = row + j, wf = Wf[n], wi = Wi[n], wo = Wo[n], wc = Wc[n];
        dhPrev[j] += wf * df + wi * di + wo * dO + wc * dC;
        dhLast[j] += wf * lf + wi * li + wo * lo + wc * lc;
      }
    } else if (dhPrev) {
      for (let j = 0; j < H; j++) {
        const n = row + j;
        dhPrev[j] += Wf[n] * df + Wi[n] * di + Wo[n] * dO + Wc[n] * dC;
      }
    }
  }
}

/** Through the input side: gU_g += dpre_g e(t)ᵀ, gb_g += dpre_g, gE[:, x(t)] += Σ_g U_gᵀ dpre_g. */
function inputBack(
  Ug: Float32Array[], sg: StepGrads, E: Float32Array, x: number, V: number, D: number, H: number,
  dpre: Float64Array, e: Float64Array, de: Float64Array,
): void {
  const Uf = Ug[0], Ui = Ug[1], Uo = Ug[2], Uc = Ug[3];
  const gf = sg.Ug[0], gi = sg.Ug[1], go = sg.Ug[2], gc = sg.Ug[3];
  const bf = sg.b[0], bi = sg.b[1], bo = sg.b[2], bc = sg.b[3];
  for (let d = 0; d < D; d++) e[d] = E[d * V + x];
  de.fill(0);
  for (let r = 0; r < H; r++) {
    const df = dpre[r], di = dpre[H + r], dO = dpre[2 * H + r], dC = dpre[3 * H + r], row = r * D;
    bf[r] += df; bi[r] += di; bo[r] += dO; bc[r] += dC;
    for (let q = 0; q < D; q++) {
      const ev = e[q], n = row + q;
      gf[n] += df * ev; gi[n] += di * ev; go[n] += dO * ev; gc[n] += dC * ev;
      de[q] += Uf[n] * df + Ui[n] * di + Uo[n] * dO + Uc[n] * dC;
    }
  }
  for (let d = 0; d < D; d++) sg.E[d * V + x] += de[d];
}

export function runLstmCore(input: CoreInput): CoreOutput {
  const { params, dims, tokens, truncation: k, precision } = input;
  const { T, V, D, H } = dims;
  const E = params['E'].data, U = params['U'].data, b2 = params['b_2'].data;
  const W = LSTM_GATES.map((g) => params[`W_${g}`].data);
  const Ug = LSTM_GATES.map((g) => params[`U_${g}`].data);
  const b = LSTM_GATES.map((g) => params[`b_${g}`].data);
  const [Wf, Wi, Wo, Wc] = W, [Uf, Ui, Uo, Uc] = Ug, [bf, bi, bo, bc] = b;

  const buf = () => allocBuf(precision, T * H);
  const tr: LstmTrace = { f: buf(), i: buf(), o: buf(), cand: buf(), c: buf(), tc: buf(), h: buf(), p: allocBuf(precision, T * V) };
  const stepLosses = new Float64Array(T);
  const z = new Float64Array(V), e = new Float64Array(D);

  // Forward: the four gate pre-activations share one pass over h(t−1) and e(t).
  for (let t = 0; t < T; t++) {
    const x = tokens[t];
    for (let d = 0; d < D; d++) e[d] = E[d * V + x];
    const hp = (t - 1) * H;
    for (let r = 0; r < H; r++) {
      let sf = bf[r], si = bi[r], so = bo[r], sc = bc[r];
      if (t > 0) {
        const row = r * H;
        for (let j = 0; j < H; j++) {
          const hv = tr.h[hp + j];
          sf += Wf[row + j] * hv; si += Wi[row + j] * hv; so += Wo[row + j] * hv; sc += Wc[row + j] * hv;
        }
      }
      const rowD = r * D;
      for (let d = 0; d < D; d++) {
        const ev = e[d];
        sf += Uf[rowD + d] * ev; si += Ui[rowD + d] * ev; so += Uo[rowD + d] * ev; sc += Uc[rowD + d] * ev;
      }
      const f = logistic(sf), i = logistic(si), o = logistic(so), cand = Math.tanh(sc);
      const n = t * H + r;
      const c = f * (t > 0 ? tr.c[hp + r] : 0) + i * cand;
      const tc = Math.tanh(c);
      tr.f[n] = f; tr.i[n] = i; tr.o[n] = o; tr.cand[n] = cand; tr.c[n] = c; tr.tc[n] = tc;
      tr.h[n] = o * tc;
    }
    stepLosses[t] = headForward(U, b2, V, H, tr.h, t * H, tokens[t + 1], tr.p, t * V, z);
  }

  // Backward for the mean loss J.
  const grads = zeroGrads(params, parameterNames('lstm'));
  const sg: StepGrads = {
    W: LSTM_GATES.map((g) => grads[`W_${g}`]), Ug: LSTM_GATES.map((g) => grads[`U_${g}`]),
    b: LSTM_GATES.map((g) => grads[`b_${g}`]), E: grads['E'],
  };
  const gradNorms = new Float32Array(T), cellGradNorms = new Float32Array(T);
  const contributions = input.contributions ? new Float32Array(T) : null;
  const dh = new Float64Array(H), dc = new Float64Array(H), carryH = new Float64Array(H);
  const dpre = new Float64Array(4 * H), dz = new Float64Array(V), de = new Float64Array(D);
  // The last step's loss J(T) alone (not divided by T) walks back in the same loop, back to
  // its chunk start, sharing the pass over the recurrent matrices with the mean loss.
  const gradFromLast = new Float32Array(T);
  const first = chunkStart(T - 1, k);
  const dhL = new Float64Array(H), dcL = new Float64Array(H), dpreL = new Float64Array(4 * H);
  headBackward(U, V, H, tr.p, (T - 1) * V, tokens[T], 1, tr.h, (T - 1) * H, dz, dhL, null, null);
  for (let t = T - 1; t >= 0; t--) {
    headBackward(U, V, H, tr.p, t * V, tokens[t + 1], 1 / T, tr.h, t * H, dz, dh, grads['U'], grads['b_2']);
    for (let r = 0; r < H; r++) dh[r] += carryH[r];
    gradNorms[t] = norm2(dh, 0, H);
    cellGradNorms[t] = backwardStep(tr, t, H, dh, dc, dpre);
    inputBack(Ug, sg, E, tokens[t], V, D, H, dpre, e, de);
    if (contributions) contributions[t] = t > 0 ? norm2(dpre, 0, 4 * H) * norm2(tr.h, (t - 1) * H, H) : 0;
    const walkLast = t > first;
    if (t >= first) gradFromLast[t] = norm2(dhL, 0, H);
    if (walkLast) {
      backwardStep(tr, t, H, dhL, dcL, dpreL);
      for (let r = 0; r < H; r++) dcL[r] *= tr.f[t * H + r];
    }
    const passBack = !startsChunk(t, k);
    if (t > 0) recurrentBack(W, sg.W, tr.h, (t - 1) * H, H, dpre, passBack ? carryH : null, walkLast ? dpreL : null, walkLast ? dhL : null);
    if (passBack) {
      for (let r = 0; r < H; r++) dc[r] *= tr.f[t * H + r];
    } else {
      dc.fill(0);
      carryH.fill(0);
    }
  }

  return {
    stepLosses, hidden: tr.h, gradNorms, gradFromLast, grads, contributions,
    lstm: { cellStates: tr.c, forget: tr.f, input: tr.i, output: tr.o, candidate: tr.cand, cellGradNorms },
  };
}
