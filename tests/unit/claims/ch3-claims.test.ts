/**
 * Chapter 3's sentences about gradient flow, the tickets passage, exploding gradients
 * and the cliff, re-measured at each widget's defaults (imported from its schema)
 * with the code the widget runs. (The lag race has its own tests.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useCpu } from '../core/helpers';
import { defaults } from '../../../src/state/url-params';
import { gradientFlowSchema } from '../../../src/widgets/gradient-flow/schema';
import { computeGradientFlow } from '../../../src/widgets/gradient-flow/compute';
import { ticketsSchema } from '../../../src/widgets/tickets/schema';
import { computeTickets } from '../../../src/widgets/tickets/compute';
import { explodingSchema, STEP_BUDGET } from '../../../src/widgets/exploding-clipping/schema';
import { explodingControls, explodingFresh } from '../../../src/widgets/exploding-clipping/job';
import { explodingRunTask, type ExplodingProgress } from '../../../src/worker/tasks/exploding-run';
import { CLIFF_SCHEMA, W_EXTENT, B_EXTENT } from '../../../src/widgets/cliff-surface/schema';
import { descend } from '../../../src/core/cliff';
import { firstStepOutside, hitTheWall, inRegion } from '../../../src/widgets/cliff-surface/summary';
import { runTask } from './run-task';

beforeAll(useCpu);

const flow = defaults(gradientFlowSchema);
/** ‖∂J(T)/∂h(T−ℓ)‖ / ‖∂J(T)/∂h(T)‖ for ℓ = 0 … T−1. */
const relative = (g: Float32Array) => Array.from(g, (_, l) => g[g.length - 1 - l] / g[g.length - 1]);

describe('chapter 3, gradient flow', () => {
  it('with the defaults (identity, ρ = 0.9) the log-scale line falls with slope log ρ, and at ρ = 1.1 it rises with slope log 1.1', () => {
    for (const rho of [flow.rho, 1.1]) {
      const r = relative(computeGradientFlow({ ...flow, rho }).analysis.gradFromLast);
      for (let l = 1; l < r.length; l++) expect(Math.log(r[l] / r[l - 1])).toBeCloseTo(Math.log(rho), 3);
    }
    expect(flow.activation).toBe('identity');
    expect(flow.rho).toBeLessThan(1);
  });
  it('the widget reproduces 0.9^20 ≈ 0.12, 0.9^50 ≈ 0.005, 1.1^20 ≈ 6.7 and 1.1^50 ≈ 117', () => {
    const down = relative(computeGradientFlow({ ...flow, rho: 0.9, length: 51 }).analysis.gradFromLast);
    const up = relative(computeGradientFlow({ ...flow, rho: 1.1, length: 51 }).analysis.gradFromLast);
    expect(down[20]).toBeCloseTo(0.12, 2);
    expect(down[50]).toBeCloseTo(0.005, 3);
    expect(up[20]).toBeCloseTo(6.7, 1);
    expect(Math.round(up[50])).toBe(117);
  });
  it('tanh and the sigmoid pull the line below the identity\'s, and make it fall even at ρ = 1 (sigmoid: up to ρ = 1.5)', () => {
    const far = (activation: typeof flow.activation, rho: number) => relative(computeGradientFlow({ ...flow, activation, rho }).analysis.gradFromLast).at(-1)!;
    for (const rho of [1, 1.2, 1.5]) {
      expect(far('tanh', rho)).toBeLessThan(far('identity', rho));
      expect(far('sigmoid', rho)).toBeLessThan(far('identity', rho));
      expect(far('sigmoid', rho)).toBeLessThan(1e-6);
    }
    expect(far('tanh', 1)).toBeLessThan(1);
  });
  it('truncation removes the arrows beyond the window and leaves the ones inside it exactly as they were', () => {
    const k = 10;
    const full = computeGradientFlow(flow).analysis.gradFromLast;
    const cut = computeGradientFlow({ ...flow, truncation: k }).analysis.gradFromLast;
    const T = full.length;
    const windowStart = Math.floor((T - 1) / k) * k;
    for (let t = 0; t < windowStart; t++) expect(cut[t]).toBe(0);
    for (let t = windowStart; t < T; t++) expect(cut[t]).toBeCloseTo(full[t], 6);
  });
});

describe('chapter 3, the tickets passage', () => {
  it('at the widget\'s defaults the simple RNN passes back to "tickets" under 1% of the gradient at the last word, the LSTM (forget bias 3) over 100 times that share', () => {
    const r = computeTickets(defaults(ticketsSchema));
    expect(r.shown.cell).toBe('rnn');
    expect(r.shown.ratio).toBeLessThan(0.01);
    expect(r.other.ratio).toBeGreaterThan(100 * r.shown.ratio);
  });
});

describe('chapter 3, exploding gradients and clipping', () => {
  it('at the widget\'s defaults the unclipped run\'s gradient norm spikes and turns non-finite within the step budget; a clipped replay from just before the climb stays finite to the end and lowers the loss', async () => {
    const s = defaults(explodingSchema);
    expect(s.clip).toBe(false);
    const first = await runTask<ExplodingProgress>(explodingRunTask, { fresh: explodingFresh(s), controls: explodingControls(s), maxSteps: STEP_BUDGET, lastStep: STEP_BUDGET, delayMs: 0 });
    expect(first.result).toBe('blew-up');
    const last = first.progress.at(-1)!;
    expect(last.nonFinite).toBe(true);
    const norms = first.progress.slice(0, -1).map((p) => p.gradNorm);
    expect(Math.max(...norms.slice(-5))).toBeGreaterThan(100 * norms[0]);
    const from = last.replayFrom!;
    expect(from).toBeLessThan(last.step);
    const replay = await runTask<ExplodingProgress>(explodingRunTask, { rewindTo: from, controls: explodingControls({ ...s, clip: true }), maxSteps: STEP_BUDGET, lastStep: STEP_BUDGET, delayMs: 0 });
    expect(replay.result).toBe('budget');
    expect(replay.progress.every((p) => !p.nonFinite)).toBe(true);
    expect(replay.progress.at(-1)!.step).toBe(STEP_BUDGET);
    expect(replay.progress.every((p) => p.clippedGradNorm <= s.threshold * (1 + 1e-5))).toBe(true);
    const mean = (ps: ExplodingProgress[]) => ps.reduce((a, p) => a + p.loss, 0) / ps.length;
    expect(mean(replay.progress.slice(-10))).toBeLessThan(mean(replay.progress.slice(0, 10)));
  });
});

describe('chapter 3, the cliff', () => {
  it('from the widget\'s default start the plain step that meets the wall is flung off the plot; the clipped path stays on it and keeps descending', () => {
    const start = { w: CLIFF_SCHEMA.w0.default, b: CLIFF_SCHEMA.b0.default };
    const options = { learningRate: CLIFF_SCHEMA.lr.default, steps: CLIFF_SCHEMA.steps.default };
    const plain = descend(start, options);
    const clipped = descend(start, { ...options, clipThreshold: CLIFF_SCHEMA.clip.default });
    expect(hitTheWall(plain)).toBe(true);
    expect(firstStepOutside(plain, W_EXTENT, B_EXTENT)).toBeGreaterThan(0);
    expect(clipped.nonFinite).toBeNull();
    expect(clipped.points.every((p) => inRegion(p, W_EXTENT, B_EXTENT))).toBe(true);
    expect(clipped.points.some((p) => p.clipped)).toBe(true);
    expect(clipped.points.at(-1)!.loss).toBeLessThan(clipped.points[0].loss);
  });
});
