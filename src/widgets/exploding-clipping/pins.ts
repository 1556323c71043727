/**
 * The exploding-gradients run's pinned runs: each is recomputed in the worker with
 * its settings held fixed from step 1 for as many steps as the run had when it was
 * pinned (a run changed live while training is pinned as its final settings).
 */
import type { Pin } from '../../state/pins';
import type { Values } from '../../state/url-params';
import type { ExplodingPinJob } from '../../worker/tasks/exploding-pin';
import { describeClipping, pinNames } from '../ui/pins';
import type { SharedText } from '../ui/text';
import { explodingSchema, STEP_BUDGET, type ExplodingSchema } from './schema';
import type { ExplodingText } from './text';
import { explodingControls } from './job';

export function explodingPinJob(pin: Pin<ExplodingSchema>): ExplodingPinJob {
  const s = pin.settings;
  return { rho: s.rho, seed: s.seed, controls: explodingControls(s), steps: Math.min(STEP_BUDGET, pin.steps ?? STEP_BUDGET) };
}

export function explodingPinNames(pins: readonly Pin<ExplodingSchema>[], current: Values<ExplodingSchema>, m: ExplodingText, words: SharedText): string[] {
  return pinNames(explodingSchema, pins, current, (key, pin, now) => {
    switch (key) {
      case 'rho': return `ρ = ${pin.rho}`;
      case 'lr': return m.pinLearningRate(pin.lr);
      case 'clip':
      case 'threshold': return describeClipping(key, pin, now, words);
      case 'seed': return words.pinSeed(pin.seed);
    }
  }, () => words.pinSame);
}
