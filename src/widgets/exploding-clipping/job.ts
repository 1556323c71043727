/** What the exploding-clipping widget sends its worker, from its settings (also what the tests re-run). */
import type { Values } from '../../state/url-params';
import type { StepControls } from '../../core/experiments/exploding';
import type { ExplodingSchema } from './schema';

type Settings = Values<ExplodingSchema>;

/** The settings that define a run: changing them starts a new one. */
export const explodingFresh = (s: Settings) => ({ rho: s.rho, seed: s.seed });

/** The controls a step is taken with: they can change between any two steps. */
export const explodingControls = (s: Settings): StepControls => ({ learningRate: s.lr, clip: s.clip ? s.threshold : 0 });
