/** The computed sentence under the teacher-forcing picture (steps shown 1-based, as on screen). */
import { tokenLabel } from '../../data/char-vocab';
import { matchesAfterDeparture, meanLoss, recoveryStep, type Comparison } from './compute';

const f2 = (v: number) => v.toFixed(2);
const q = (id: number) => `“${tokenLabel(id)}”`;

export function comparisonSentence(c: Comparison): string {
  const tf = meanLoss(c.forced.losses), fr = meanLoss(c.free.losses), clean = meanLoss(c.clean.losses);
  const { departure: d, matches, count } = matchesAfterDeparture(c);
  const parts: string[] = [];
  if (c.mistake) {
    const s = c.mistake.step;
    const r = recoveryStep(c);
    parts.push(`A forced ${q(c.mistake.token)} at step ${s + 1}: with teacher forcing the loss is ${f2(c.forced.losses[s])} there (clean: ${f2(c.clean.losses[s])}), ` +
      (r >= 0 ? `and from step ${r + 1} on it stays within 0.1 of the clean run's` : `and it does not settle back to the clean run's before the text ends`) +
      `; its mean loss is ${f2(tf)} (clean: ${f2(clean)}).`);
  } else {
    parts.push(`With teacher forcing the mean loss is ${f2(tf)}.`);
  }
  if (d < 0) {
    parts.push(`Fed its own predictions from step ${c.from + 1}, the model writes exactly the text, so the two runs agree (mean loss ${f2(fr)}).`);
  } else {
    const how = c.mistake && d === c.mistake.step ? 'from the forced mistake' : `at step ${d + 1}, where it wrote ${q(c.free.inputs[d])} but the text has ${q(c.ids[d])}`;
    parts.push(`Fed its own predictions from step ${c.from + 1}, the model drifts off the text ${how}; ` +
      `${count > 0 ? `only ${matches} of the ${count} characters it writes after that match the text, and ` : ''}the mean loss of the true text becomes ${f2(fr)}.`);
  }
  return parts.join(' ');
}
