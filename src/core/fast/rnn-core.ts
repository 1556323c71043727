/**
 * Simple-RNN language model, forward and BPTT in plain loops.
 *   e(t) = E[:, x(t)],  a(t) = W_h h(t−1) + W_e e(t) + b_1,  h(t) = σ(a(t)),  h(−1) = 0
 *   ŷ(t) = softmax(U h(t) + b_2),  J = (1/T) Σ_t −log ŷ(t)[x(t+1)]
 * Backward: ∂J/∂h(t) = Uᵀ ∂J/∂z(t) + W_hᵀ (σ'(a(t+1)) ∘ ∂J/∂h(t+1)), the second term
 * dropped when t+1 starts a truncation chunk.
 */
import type { Activation } from '../params';
import { allocBuf, norm2 } from './buffers';
import type { CoreInput, CoreOutput } from './core-types';
import { zeroGrads } from './core-types';
import { headBackward, headBackwardInto, headForward } from './softmax-head';
import { matVec, matVec2, outerSum, scratch, scratch32, transpose } from './kernels';
import { chunkStart, startsChunk } from './truncation';
import { parameterNames } from './validate';

// Activation codes: a number switch keeps the hot loops monomorphic.
const TANH = 0, SIGMOID = 1, RELU = 2, IDENTITY = 3;
type Act = typeof TANH | typeof SIGMOID | typeof RELU | typeof IDENTITY;

function actCode(a: Activation): Act {
  return a === 'tanh' ? TANH : a === 'sigmoid' ? SIGMOID : a === 'relu' ? RELU : IDENTITY;
}

function activate(code: Act, s: number): number {
  switch (code) {
    case TANH: return Math.tanh(s);
    case SIGMOID: return 1 / (1 + Math.exp(-s));
    case RELU: return s > 0 ? s : 0;
    default: return s;
  }
}

/** σ'(a) written in terms of h = σ(a), so pre-activations need not be stored. relu'(0) = 0. */
function derivFromOutput(code: Act, h: number): number {
  switch (code) {
    case TANH: return 1 - h * h;
    case SIGMOID: return h * (1 - h);
    case RELU: return h > 0 ? 1 : 0;
    default: return 1;
  }
}

export function runRnnCore(input: CoreInput, activation: Activation): CoreOutput {
  const { params, dims, tokens, truncation: k, precision } = input;
  const { T, V, D, H } = dims;
  const code = actCode(activation);
  const E = params['E'].data, We = params['W_e'].data, Wh = params['W_h'].data;
  const b1 = params['b_1'].data, U = params['U'].data, b2 = params['b_2'].data;

  const h = allocBuf(precision, T * H);
  const p = allocBuf(precision, T * V);
  const stepLosses = new Float64Array(T);
  const z = new Float64Array(V);
  const e = new Float64Array(D);

  // Forward.
  for (let t = 0; t < T; t++) {
    const x = tokens[t];
    for (let d = 0; d < D; d++) e[d] = E[d * V + x];
    const hp = (t - 1) * H;
    for (let i = 0; i < H; i++) {
      let s = b1[i];
      if (t > 0) {
        const row = i * H;
        for (let j = 0; j < H; j++) s += Wh[row + j] * h[hp + j];
      }
      const rowE = i * D;
      for (let d = 0; d < D; d++) s += We[rowE + d] * e[d];
      h[t * H + i] = activate(code, s);
    }
    stepLosses[t] = headForward(U, b2, V, H, h, t * H, tokens[t + 1], p, t * V, z);
  }

  // Backward for the mean loss J, with the walk of the last step's loss J(T) alone fused
  // into the same passes over W_hᵀ. Step-major-transposed copies feed the gradient sums.
  const grads = zeroGrads(params, parameterNames('rnn'));
  const gE = grads['E'], gb1 = grads['b_1'], gb2 = grads['b_2'];
  const UT = transpose(U, V, H, scratch32('rnn.UT', V * H));
  const WhT = transpose(Wh, H, H, scratch32('rnn.WhT', H * H));
  const WeT = transpose(We, H, D, scratch32('rnn.WeT', H * D));
  const hT = transpose(h, T, H, scratch('rnn.hT', T * H));
  const eT = scratch('rnn.eT', D * T);
  for (let t = 0; t < T; t++) for (let d = 0; d < D; d++) eT[d * T + t] = E[d * V + tokens[t]];
  const dzT = scratch('rnn.dzT', V * T), daT = scratch('rnn.daT', H * T);
  const gradNorms = new Float32Array(T);
  const gradFromLast = new Float32Array(T);
  const contributions = input.contributions ? new Float32Array(T) : null;
  const dh = new Float64Array(H), da = new Float64Array(H), carry = new Float64Array(H);
  const dhL = new Float64Array(H), daL = new Float64Array(H), dz = new Float64Array(V), de = new Float64Array(D);
  const deltas = input.deltas ? new Float64Array(T * H) : undefined;
  // ∂J(T)/∂h(T) = Uᵀ (ŷ(T) − onehot), not divided by T; the walk stops at its chunk start.
  const first = chunkStart(T - 1, k);
  headBackward(U, V, H, p, (T - 1) * V, tokens[T], 1, h, (T - 1) * H, dz, dhL, null, null);
  const scale = 1 / T;
  for (let t = T - 1; t >= 0; t--) {
    headBackwardInto(UT, V, H, p, t * V, tokens[t + 1], scale, dz, dzT, t, T, gb2, carry, dh);
    gradNorms[t] = norm2(dh, 0, H);
    for (let i = 0; i < H; i++) {
      const d = dh[i] * derivFromOutput(code, h[t * H + i]);
      da[i] = d;
      daT[i * T + t] = d;
      gb1[i] += d;
    }
    if (input.deltas === 'mean') deltas!.set(da, t * H);
    if (contributions) contributions[t] = t > 0 ? norm2(da, 0, H) * norm2(h, (t - 1) * H, H) : 0;
    const last = t >= first;
    if (last) {
      gradFromLast[t] = norm2(dhL, 0, H);
      for (let i = 0; i < H; i++) daL[i] = dhL[i] * derivFromOutput(code, h[t * H + i]);
      // δ(t) of J(T); zero before the chunk start, where truncation stops the walk.
      if (input.deltas === 'last') deltas!.set(daL, t * H);
    }
    // The carries W_hᵀ δ to step t−1 (both losses in one pass over W_hᵀ), cut at a chunk start.
    if (!startsChunk(t, k)) {
      matVec2(WhT, H, H, da, daL, carry, dhL);
    } else carry.fill(0);
    if (!last || t === first) daL.fill(0);
    // ∂J/∂e(t) = W_eᵀ δ, into the embedding's column of the input token.
    matVec(WeT, D, H, da, de);
    for (let d = 0; d < D; d++) gE[d * V + tokens[t]] += de[d];
  }
  // ∂J/∂U = Σ_t dz(t) h(t)ᵀ, ∂J/∂W_h = Σ_t δ(t) h(t−1)ᵀ (h(−1) = 0), ∂J/∂W_e = Σ_t δ(t) e(t)ᵀ.
  outerSum(dzT, V, hT, H, T, grads['U']);
  const hPrevT = scratch('rnn.hPrevT', H * T);
  for (let j = 0; j < H; j++) hPrevT.set(hT.subarray(j * T, j * T + T - 1), j * T + 1);
  outerSum(daT, H, hPrevT, H, T, grads['W_h'], 1);
  outerSum(daT, H, eT, D, T, grads['W_e']);

  return { stepLosses, hidden: h, gradNorms, gradFromLast, grads, contributions, deltas };
}
