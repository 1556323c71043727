/**
 * The last few parameter sets of a training run, keyed by the step they precede, so
 * a run can be rewound to just before a blow-up. The models here are small (a few
 * thousand numbers), so plain copies are cheap.
 */
import { cloneParams, type ParamSet } from '../params';

export class SnapshotRing {
  private readonly entries: { step: number; params: ParamSet }[] = [];

  /** @param capacity how many snapshots to keep (the oldest is dropped first). */
  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`The snapshot count must be a whole number ≥ 1, got ${capacity}.`);
  }

  /** Stores a copy of `params` as the state before `step`, replacing any later snapshots. */
  push(step: number, params: ParamSet): void {
    this.dropFrom(step);
    this.entries.push({ step, params: cloneParams(params) });
    if (this.entries.length > this.capacity) this.entries.shift();
  }

  /** A copy of the parameters from just before `step`, or undefined if that snapshot is gone. */
  get(step: number): ParamSet | undefined {
    const entry = this.entries.find((e) => e.step === step);
    return entry && cloneParams(entry.params);
  }

  /** Forgets the snapshots of `step` and later (after a rewind, they belong to another branch). */
  dropFrom(step: number): void {
    while (this.entries.length > 0 && this.entries[this.entries.length - 1].step >= step) this.entries.pop();
  }

  /** The steps that can be rewound to, oldest first. */
  steps(): number[] {
    return this.entries.map((e) => e.step);
  }
}
