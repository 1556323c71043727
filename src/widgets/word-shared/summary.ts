/** The status line of a side-by-side run, in words. */
import type { WordRunResults } from './run-state';

export function runSummary(results: WordRunResults, styles: readonly { key: string; label: string }[], unit: string): string {
  if (results.status === 'idle') return 'Press Train: the models train side by side in a background worker, and held-out accuracy is measured every 20 steps.';
  const parts = styles.map((s) => {
    const r = results.runs[s.key];
    return r && Number.isFinite(r.accuracy) ? `${s.label} ${(r.accuracy * 100).toFixed(1)}%` : `${s.label} —`;
  });
  const head = results.status === 'running' ? 'Training…' : results.status === 'finished' ? 'Trained.' : 'Stopped.';
  return `${head} Held-out accuracy on unseen ${unit}: ${parts.join(', ')}.`;
}
