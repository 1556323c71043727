/**
 * A sample of running text from a character model (plain-loop stepper, no tfjs): from
 * ‹start›, draw x(t+1) from ŷ(t) at temperature τ and feed it back; at ‹end› (a
 * paragraph's end) go on with a fresh ‹start›, as in the training stream, until
 * `length` tokens. Seeded: the same weights and seed give the same text.
 */
import type { CellKind, ParamSet } from '../params';
import { LmStepper } from '../lm-stepper';
import { sampleFromLogits } from '../sample';
import { createRng } from '../random';
import { END, START } from '../../data/char-vocab';

export function sampleRunningText(params: ParamSet, cell: CellKind, options: { length: number; temperature: number; seed: number }): number[] {
  const stepper = new LmStepper(params, cell);
  const rng = createRng(options.seed);
  let logits = stepper.feed(START).logits;
  const out: number[] = [];
  while (out.length < options.length) {
    const id = sampleFromLogits(logits, options.temperature, rng.next);
    out.push(id);
    logits = stepper.feed(id).logits;
    if (id === END) logits = stepper.feed(START).logits;
  }
  return out;
}
