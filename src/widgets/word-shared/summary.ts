/** The status line of a side-by-side run, in words. */
import type { WordRunResults } from './run-state';
import type { WordText } from './text';

export function runSummary(m: WordText, results: WordRunResults, styles: readonly { key: string; label: string }[], unit: string): string {
  if (results.status === 'idle') return m.idleSummary;
  const parts = styles.map((s) => {
    const r = results.runs[s.key];
    return r && Number.isFinite(r.accuracy) ? `${s.label} ${(r.accuracy * 100).toFixed(1)}%` : `${s.label} —`;
  });
  return `${m.runHead(results.status)} ${m.accuracyOn(unit, parts.join(', '))}`;
}
