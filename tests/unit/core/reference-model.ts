/**
 * An independent float64 reference of the models, in plain JavaScript loops, written
 * from the lecture's equations and deliberately sharing no code with src/core: the
 * core's tfjs numbers are checked against it, and finite differences of its loss
 * check the core's gradients.
 *
 *   RNN:  h(t) = σ(W_h h(t-1) + W_e e(t) + b_1),  e(t) = E x(t)
 *   LSTM: f, i, o = sigmoid(W_· h(t-1) + U_· x(t) + b_·), g = tanh(W_c h(t-1) + U_c x(t) + b_c)
 *         c(t) = f∘c(t-1) + i∘g,  h(t) = o∘tanh c(t)
 *   head: ŷ(t) = softmax(U h(t) + b_2), J = mean over steps of −log ŷ(t)[target(t)]
 *
 * Truncated BPTT as a function: the state carried across a chunk boundary is taken
 * from `frozen` when given (a base run records it), so finite differences of this
 * loss are exactly the truncated gradient.
 */

export interface RefParam {
  shape: number[];
  data: ArrayLike<number>;
}
export type RefParams = Record<string, RefParam>;

export interface RefSpec {
  cell: 'rnn' | 'lstm';
  activation: 'tanh' | 'sigmoid' | 'relu' | 'identity';
  vocab: number;
  embed: number;
  hidden: number;
  layers: number;
  bidirectional: boolean;
  head: 'lm' | 'tagger' | 'classifier';
  classes: number;
  pooling: 'final' | 'mean' | 'max';
}

export interface RefOptions {
  truncation?: number;
  /** Carried states at chunk boundaries, keyed `${layer}/${dir}/${step}/h|c`; missing keys use the computed state. */
  frozen?: Map<string, Float64Array>;
  /** Added to h(t) of the top layer, direction dir (before it is used anywhere). */
  perturbH?: { dir: number; t: number; vec: Float64Array };
  /** Added to c(t) of the top layer (before h(t) = o∘tanh c(t)). */
  perturbC?: { dir: number; t: number; vec: Float64Array };
  /** Use only the last step's loss J(T) as the objective. */
  lastOnly?: boolean;
}

export interface RefDirection {
  h: Float64Array[];
  c: Float64Array[];
  f: Float64Array[];
  i: Float64Array[];
  o: Float64Array[];
  g: Float64Array[];
}

export interface RefResult {
  loss: number;
  stepLosses: number[];
  /** [layer][dir] */
  layers: RefDirection[][];
  /** Carried states actually computed at the boundaries (same keys as `frozen`). */
  boundaries: Map<string, Float64Array>;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function act(x: number, a: RefSpec['activation']): number {
  if (a === 'tanh') return Math.tanh(x);
  if (a === 'sigmoid') return sigmoid(x);
  if (a === 'relu') return x > 0 ? x : 0;
  return x;
}

/** out += M v, M row-major [rows][cols]. */
function addMatVec(out: Float64Array, M: RefParam, v: Float64Array): void {
  const [rows, cols] = M.shape;
  for (let r = 0; r < rows; r++) {
    let s = 0;
    for (let c = 0; c < cols; c++) s += M.data[r * cols + c] * v[c];
    out[r] += s;
  }
}

function affine(params: RefParams, W: string, h: Float64Array, Uname: string, x: Float64Array, b: string): Float64Array {
  const out = Float64Array.from(params[b].data as ArrayLike<number>);
  addMatVec(out, params[W], h);
  addMatVec(out, params[Uname], x);
  return out;
}

function suffix(layer: number, backward: boolean): string {
  if (layer === 0 && !backward) return '';
  return `@${layer}${backward ? '<' : ''}`;
}

export function refForward(params: RefParams, spec: RefSpec, tokens: number[], targets: number[], opts: RefOptions = {}): RefResult {
  const T = tokens.length;
  const H = spec.hidden;
  const k = opts.truncation ?? 0;
  const boundaries = new Map<string, Float64Array>();
  const E = params.E;
  const V = E.shape[1];
  let inputs: Float64Array[] = tokens.map((tok) => {
    const e = new Float64Array(spec.embed);
    for (let d = 0; d < spec.embed; d++) e[d] = E.data[d * V + tok];
    return e;
  });
  const layers: RefDirection[][] = [];
  const dirs = spec.bidirectional ? [false, true] : [false];
  for (let l = 0; l < spec.layers; l++) {
    const top = l === spec.layers - 1;
    const perDir = dirs.map((back, dir) => {
      const s = suffix(l, back);
      const trace: RefDirection = { h: [], c: [], f: [], i: [], o: [], g: [] };
      let h: Float64Array = new Float64Array(H);
      let c: Float64Array = new Float64Array(H);
      for (let step = 0; step < T; step++) {
        const t = back ? T - 1 - step : step;
        const x = inputs[t];
        let hNew: Float64Array;
        if (spec.cell === 'rnn') {
          const a = affine(params, 'W_h' + s, h, 'W_e' + s, x, 'b_1' + s);
          hNew = a.map((v) => act(v, spec.activation));
        } else {
          const f = affine(params, 'W_f' + s, h, 'U_f' + s, x, 'b_f' + s).map(sigmoid);
          const i = affine(params, 'W_i' + s, h, 'U_i' + s, x, 'b_i' + s).map(sigmoid);
          const o = affine(params, 'W_o' + s, h, 'U_o' + s, x, 'b_o' + s).map(sigmoid);
          const g = affine(params, 'W_c' + s, h, 'U_c' + s, x, 'b_c' + s).map(Math.tanh);
          const cNew = new Float64Array(H);
          for (let j = 0; j < H; j++) cNew[j] = f[j] * c[j] + i[j] * g[j];
          const pc = opts.perturbC;
          if (top && pc && pc.dir === dir && pc.t === t) for (let j = 0; j < H; j++) cNew[j] += pc.vec[j];
          hNew = new Float64Array(H);
          for (let j = 0; j < H; j++) hNew[j] = o[j] * Math.tanh(cNew[j]);
          trace.f[t] = f;
          trace.i[t] = i;
          trace.o[t] = o;
          trace.g[t] = g;
          trace.c[t] = cNew;
          c = cNew;
        }
        const ph = opts.perturbH;
        if (top && ph && ph.dir === dir && ph.t === t) for (let j = 0; j < H; j++) hNew[j] += ph.vec[j];
        trace.h[t] = hNew;
        h = hNew;
        if (k > 0 && (step + 1) % k === 0 && step + 1 < T) {
          for (const [name, value] of [['h', h], ['c', c]] as const) {
            const key = `${l}/${dir}/${step}/${name}`;
            boundaries.set(key, value);
            const frozen = opts.frozen?.get(key);
            if (frozen) {
              if (name === 'h') h = frozen;
              else c = frozen;
            }
          }
        }
      }
      return trace;
    });
    layers.push(perDir);
    inputs = Array.from({ length: T }, (_, t) => {
      const parts = perDir.map((d) => d.h[t]);
      const out = new Float64Array(H * parts.length);
      parts.forEach((p, n) => out.set(p, n * H));
      return out;
    });
  }

  const logitsOf = (y: Float64Array) => {
    const z = Float64Array.from(params.b_2.data as ArrayLike<number>);
    addMatVec(z, params.U, y);
    return z;
  };
  const ce = (z: Float64Array, target: number) => {
    const m = Math.max(...z);
    let s = 0;
    for (const v of z) s += Math.exp(v - m);
    return m + Math.log(s) - z[target];
  };

  let stepLosses: number[];
  if (spec.head === 'classifier') {
    const topDirs = layers[layers.length - 1];
    const width = inputs[0].length;
    let pooled: Float64Array;
    if (spec.pooling === 'final') {
      pooled = new Float64Array(width);
      topDirs.forEach((d, n) => pooled.set(d.h[n === 0 ? T - 1 : 0], n * H));
    } else if (spec.pooling === 'mean') {
      pooled = new Float64Array(width);
      for (const y of inputs) for (let j = 0; j < width; j++) pooled[j] += y[j] / T;
    } else {
      pooled = new Float64Array(width).fill(-Infinity);
      for (const y of inputs) for (let j = 0; j < width; j++) pooled[j] = Math.max(pooled[j], y[j]);
    }
    stepLosses = [ce(logitsOf(pooled), targets[0])];
  } else {
    stepLosses = inputs.map((y, t) => ce(logitsOf(y), targets[t]));
  }
  const loss = opts.lastOnly ? stepLosses[stepLosses.length - 1] : stepLosses.reduce((a, b) => a + b, 0) / stepLosses.length;
  return { loss, stepLosses, layers, boundaries };
}

/** Central differences of the reference loss with respect to every parameter entry. */
export function refParamGradients(params: RefParams, spec: RefSpec, tokens: number[], targets: number[], opts: RefOptions = {}, eps = 1e-6): Record<string, Float64Array> {
  const frozen = refForward(params, spec, tokens, targets, opts).boundaries;
  const work: RefParams = {};
  for (const [n, p] of Object.entries(params)) work[n] = { shape: p.shape, data: Float64Array.from(p.data as ArrayLike<number>) };
  const out: Record<string, Float64Array> = {};
  for (const [n, p] of Object.entries(work)) {
    const data = p.data as Float64Array;
    const g = new Float64Array(data.length);
    for (let k = 0; k < data.length; k++) {
      const keep = data[k];
      data[k] = keep + eps;
      const up = refForward(work, spec, tokens, targets, { ...opts, frozen }).loss;
      data[k] = keep - eps;
      const down = refForward(work, spec, tokens, targets, { ...opts, frozen }).loss;
      data[k] = keep;
      g[k] = (up - down) / (2 * eps);
    }
    out[n] = g;
  }
  return out;
}

/**
 * ‖∂J/∂h(t)‖ (or c(t) with kind 'c') of the top layer by central differences, over
 * all directions, for each t.
 */
export function refStateGradNorms(
  params: RefParams,
  spec: RefSpec,
  tokens: number[],
  targets: number[],
  kind: 'h' | 'c',
  opts: RefOptions = {},
  eps = 1e-6,
): number[] {
  const frozen = refForward(params, spec, tokens, targets, opts).boundaries;
  const dirs = spec.bidirectional ? 2 : 1;
  const H = spec.hidden;
  return tokens.map((_, t) => {
    let sq = 0;
    for (let dir = 0; dir < dirs; dir++) {
      for (let j = 0; j < H; j++) {
        const vec = new Float64Array(H);
        const run = (v: number) => {
          vec[j] = v;
          const perturb = { dir, t, vec };
          return refForward(params, spec, tokens, targets, { ...opts, frozen, ...(kind === 'h' ? { perturbH: perturb } : { perturbC: perturb }) }).loss;
        };
        const d = (run(eps) - run(-eps)) / (2 * eps);
        sq += d * d;
      }
    }
    return Math.sqrt(sq);
  });
}
