/** The computed sentence under the teacher-forcing picture (steps shown 1-based, as on screen). */
import { tokenLabel } from '../../data/char-vocab';
import { matchesAfterDeparture, meanLoss, recoveryStep, type Comparison } from './compute';
import { teacherForcingText, type TeacherForcingText } from './text';

const f2 = (v: number) => v.toFixed(2);
const q = (id: number) => `“${tokenLabel(id)}”`;

export function comparisonSentence(c: Comparison, t: TeacherForcingText = teacherForcingText.en): string {
  const tf = meanLoss(c.forced.losses), fr = meanLoss(c.free.losses), clean = meanLoss(c.clean.losses);
  const { departure: d, matches, count } = matchesAfterDeparture(c);
  const parts: string[] = [];
  if (c.mistake) {
    const s = c.mistake.step;
    const r = recoveryStep(c);
    parts.push(t.mistakeRun(q(c.mistake.token), s + 1, f2(c.forced.losses[s]), f2(c.clean.losses[s]), r >= 0 ? r + 1 : null, f2(tf), f2(clean)));
  } else {
    parts.push(t.forcedMean(f2(tf)));
  }
  if (d < 0) {
    parts.push(t.freeExact(c.from + 1, f2(fr)));
  } else {
    const how = c.mistake && d === c.mistake.step ? t.driftFromMistake : t.driftAt(d + 1, q(c.free.inputs[d]), q(c.ids[d]));
    parts.push(t.freeDrift(c.from + 1, how, matches, count, f2(fr)));
  }
  return parts.join(' ');
}
