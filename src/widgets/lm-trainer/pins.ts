/**
 * The trainer's pinned runs. Retraining a pin takes as long as the run did, so a pin
 * made on this page keeps the curves recorded when it was pinned (kept with the
 * store); a pin read from a link is retrained in the worker from its settings and
 * step count (seeded, so it retraces the pinned run).
 */
import { pinKey, type Pin } from '../../state/pins';
import type { Values } from '../../state/url-params';
import { storeResource } from '../../state/widget-store';
import type { LmPinCurves, LmPinJob } from '../../worker/tasks/lm-pin';
import { siteBaseUrl } from '../char-lm/site';
import { cellLabel } from '../char-lm/cells';
import type { CharLmText } from '../char-lm/text';
import { pinNames } from '../ui/pins';
import type { SharedText } from '../ui/text';
import { lmTrainerSchema, type LmTrainerSchema } from './schema';
import type { LmTrainerText } from './text';
import type { TrainResults } from './training-state';

type LmPin = Pin<LmTrainerSchema>;

export function lmPinJob(pin: LmPin): LmPinJob {
  return { baseUrl: siteBaseUrl(), ...pin.settings, steps: pin.steps ?? 0 };
}

/** Curves recorded at pinning, by pin key; they outlive a remount (language switch) with the store. */
export function recordedPins(store: object): Record<string, LmPinCurves> {
  return storeResource(store, 'pinned-curves', () => ({}) as Record<string, LmPinCurves>, () => undefined);
}

/** Records the run on screen and pins its settings and step count. */
export function pinCurrentRun(store: { getState(): { settings: Values<LmTrainerSchema>; results: TrainResults; pin(steps?: number): void } }): void {
  const { settings, results, pin } = store.getState();
  const steps = results.latest?.step ?? 0;
  recordedPins(store)[pinKey(lmTrainerSchema, { settings, steps })] = { train: results.train, heldOut: results.heldOut };
  pin(steps);
}

export function lmPinNames(pins: readonly LmPin[], current: Values<LmTrainerSchema>, t: LmTrainerText, lm: CharLmText, words: SharedText): string[] {
  return pinNames(lmTrainerSchema, pins, current, (key, pin) => {
    switch (key) {
      case 'cell': return cellLabel(pin.cell, lm);
      case 'init': return pin.init === 'pretrained' ? t.pinPretrained : t.pinScratch;
      case 'batch': return t.pinBatch(pin.batch);
      case 'seed': return words.pinSeed(pin.seed);
    }
  }, (pin) => t.pinSameAt(pin.steps ?? 0));
}
