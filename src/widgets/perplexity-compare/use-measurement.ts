/**
 * Measures the three models in the widget's worker and keeps the numbers in the
 * widget's store: a language switch (which remounts the widget) neither loses them
 * nor starts the measurement again.
 */
import { useEffect, useState } from 'react';
import type { WidgetStore } from '../../state/widget-store';
import type { CompareModel, LmCompareProgress } from '../../worker/tasks/lm-compare';
import type { LoadingProgress } from '../../worker/tasks/lm-assets';
import { siteBaseUrl } from '../char-lm/site';
import { useStoreComputeClient } from '../../worker/use-compute-worker';
import type { Measured } from './verdict';
import type { PerplexityCompareSchema } from './schema';

export type Meta = Partial<Record<CompareModel, Record<string, string | number | boolean>>>;
/** The status line as data, worded at render in the reader's current language. */
export type MeasureStatus = { kind: 'waiting' } | { kind: 'measured' } | { kind: 'loading'; progress: LoadingProgress }
  | { kind: 'measuring'; model: CompareModel; done: number; total: number };

export interface ComparisonResults {
  measured: Measured;
  meta: Meta;
  status: MeasureStatus;
  error: string | null;
  /** The settings the last measurement was started for ("order|chars"). */
  startedFor: string | null;
}

export const noComparison = (): ComparisonResults => ({ measured: {}, meta: {}, status: { kind: 'waiting' }, error: null, startedFor: null });

/** Starts a measurement when the settings change (not on a remount); returns a retry. */
export function useMeasurement(store: WidgetStore<PerplexityCompareSchema, ComparisonResults>, order: number, chars: number): () => void {
  const getClient = useStoreComputeClient(store);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const key = `${order}|${chars}`;
    const { results, setResults } = store.getState();
    if (attempt === 0 && results.startedFor === key) return;
    setResults({ measured: {}, error: null, startedFor: key });
    const update = (partial: Partial<ComparisonResults>) => store.getState().setResults(partial);
    getClient().run<LmCompareProgress, unknown>('compare', 'lm-compare', { baseUrl: siteBaseUrl(), order, chars }, {
      onProgress: (p) => {
        if (p.phase === 'loading') update({ status: { kind: 'loading', progress: p } });
        else if (p.phase === 'measuring') update({ status: { kind: 'measuring', model: p.model, done: p.done, total: p.total } });
        else {
          const { measured, meta } = store.getState().results;
          update({ measured: { ...measured, [p.model]: p.result }, meta: { ...meta, [p.model]: p.meta } });
        }
      },
      onResult: () => update({ status: { kind: 'measured' } }),
      onError: (error) => update({ error }),
    });
  }, [store, getClient, order, chars, attempt]);
  return () => setAttempt((a) => a + 1);
}
