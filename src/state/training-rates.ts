/**
 * Training speed, published by any widget that trains ({name, stepsPerSecond}) and
 * read by the diagnostics panel. A widget publishes as often as it likes and calls
 * the returned function when it stops or unmounts.
 */

export interface TrainingRate {
  name: string;
  stepsPerSecond: number;
}

const rates = new Map<symbol, TrainingRate>();
const listeners = new Set<() => void>();
let snapshot: TrainingRate[] = [];

function changed(): void {
  snapshot = Array.from(rates.values());
  listeners.forEach((l) => l());
}

/** A publisher for one training widget: `update(rate)` as it runs, `stop()` when done. */
export function trainingRatePublisher(name: string): { update(stepsPerSecond: number): void; stop(): void } {
  const id = Symbol(name);
  return {
    update(stepsPerSecond) {
      rates.set(id, { name, stepsPerSecond: Number.isFinite(stepsPerSecond) ? stepsPerSecond : 0 });
      changed();
    },
    stop() {
      if (rates.delete(id)) changed();
    },
  };
}

export const trainingRates = (): TrainingRate[] => snapshot;

export function subscribeTrainingRates(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
