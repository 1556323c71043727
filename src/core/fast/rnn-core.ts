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
import { headBackward, headForward } from './softmax-head';
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

  // Backward for the mean loss J.
  const grads = zeroGrads(params, parameterNames('rnn'));
  const gE = grads['E'], gWe = grads['W_e'], gWh = grads['W_h'], gb1 = grads['b_1'];
  const gradNorms = new Float32Array(T);
  const contributions = input.contributions ? new Float32Array(T) : null;
  const dh = new Float64Array(H), da = new Float64Array(H), carry = new Float64Array(H);
  const dz = new Float64Array(V), de = new Float64Array(D);
  const deltas = input.deltas ? new Float64Array(T * H) : undefined;
  for (let t = T - 1; t >= 0; t--) {
    headBackward(U, V, H, p, t * V, tokens[t + 1], 1 / T, h, t * H, dz, dh, grads['U'], grads['b_2']);
    for (let i = 0; i < H; i++) dh[i] += carry[i];
    gradNorms[t] = norm2(dh, 0, H);
    for (let i = 0; i < H; i++) {
      da[i] = dh[i] * derivFromOutput(code, h[t * H + i]);
      gb1[i] += da[i];
    }
    if (input.deltas === 'mean') deltas!.set(da, t * H);
    const hp = (t - 1) * H;
    if (contributions) contributions[t] = t > 0 ? norm2(da, 0, H) * norm2(h, hp, H) : 0;
    // ∂J/∂W_h += δ h(t−1)ᵀ and the carry W_hᵀ δ to step t−1, fused in one pass over W_h.
    carry.fill(0);
    const passBack = !startsChunk(t, k);
    if (t > 0) {
      for (let i = 0; i < H; i++) {
        const g = da[i], row = i * H;
        if (passBack) {
          for (let j = 0; j < H; j++) {
            gWh[row + j] += g * h[hp + j];
            carry[j] += Wh[row + j] * g;
          }
        } else {
          for (let j = 0; j < H; j++) gWh[row + j] += g * h[hp + j];
        }
      }
    }
    const x = tokens[t];
    for (let d = 0; d < D; d++) e[d] = E[d * V + x];
    de.fill(0);
    for (let i = 0; i < H; i++) {
      const g = da[i], rowE = i * D;
      for (let d = 0; d < D; d++) {
        gWe[rowE + d] += g * e[d];
        de[d] += We[rowE + d] * g;
      }
    }
    for (let d = 0; d < D; d++) gE[d * V + x] += de[d];
  }

  // ∂J(T)/∂h(t): the last step's loss alone (not divided by T), back to its chunk start.
  const gradFromLast = new Float32Array(T);
  const first = chunkStart(T - 1, k);
  headBackward(U, V, H, p, (T - 1) * V, tokens[T], 1, h, (T - 1) * H, dz, dh, null, null);
  for (let t = T - 1; t >= first; t--) {
    gradFromLast[t] = norm2(dh, 0, H);
    if (input.deltas === 'last') {
      // δ(t) of J(T); zero before the chunk start, where truncation stops the walk.
      for (let i = 0; i < H; i++) deltas![t * H + i] = dh[i] * derivFromOutput(code, h[t * H + i]);
    }
    if (t === first) break;
    for (let i = 0; i < H; i++) da[i] = dh[i] * derivFromOutput(code, h[t * H + i]);
    dh.fill(0);
    for (let i = 0; i < H; i++) {
      const g = da[i], row = i * H;
      for (let j = 0; j < H; j++) dh[j] += Wh[row + j] * g;
    }
  }

  return { stepLosses, hidden: h, gradNorms, gradFromLast, grads, contributions, deltas };
}
