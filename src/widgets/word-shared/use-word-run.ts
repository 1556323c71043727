/**
 * Drives a side-by-side word-model run in the widget's own compute worker: train,
 * stop, continue; and reads the reader's sentence with every model after each burst
 * of training and whenever the sentence changes. Any change of settings other than
 * the sentence clears the run.
 */
import { useCallback, useEffect, useRef } from 'react';
import { createComputeClient, type ComputeClient } from '../../worker/client';
import { makeComputeWorker } from '../../worker/use-compute-worker';
import type { WidgetStore } from '../../state/widget-store';
import type { Schema } from '../../state/url-params';
import type { WordTrainJob, WordTrainProgress, WordReadResult } from '../../worker/tasks/word-run';
import { applyWordProgress, emptyWordRun, type WordRunResults } from './run-state';

export interface WordRunConfig {
  /** The fresh-run part of a job, from the current settings (a WordTrainJob's, or the given tasks' own). */
  fresh(): NonNullable<WordTrainJob['fresh']> | object;
  /** Worker task names; default the word-model tasks. The read task gets { ids } and returns a record by model key. */
  tasks?: { train: string; read: string };
  /** Steps per model for one press of Train. */
  steps(): number;
  evalEvery: number;
  /** The ids of the reader's sentence ([] when there is nothing to read). */
  sentenceIds(): number[];
  /** Settings that only change what is shown (besides "text"): changing them keeps the trained models. */
  viewKeys?: readonly string[];
}

const READ_EVERY_MS = 400;

export function useWordRun<S extends Schema & { text: unknown }>(store: WidgetStore<S, WordRunResults>, config: WordRunConfig) {
  const client = useRef<ComputeClient | null>(null);
  const cfg = useRef(config);
  cfg.current = config;
  const lastRead = useRef(0);

  const worker = useCallback((): ComputeClient => {
    if (!client.current) {
      client.current = createComputeClient(makeComputeWorker);
      client.current.onCrash((message) => store.getState().setResults({ status: 'stopped', error: message }));
    }
    return client.current;
  }, [store]);

  const read = useCallback(() => {
    const ids = cfg.current.sentenceIds();
    const key = ids.join(' ');
    if (ids.length === 0 || store.getState().results.status === 'idle') return;
    worker().run<unknown, WordReadResult | null>('read', cfg.current.tasks?.read ?? 'word-read', { ids }, {
      onResult: (reading) => {
        if (reading) store.getState().setResults({ reading, readingFor: key });
      },
    });
  }, [store, worker]);

  useEffect(() => {
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.settings === prev.settings) return;
      const a = state.settings as Record<string, unknown>;
      const b = prev.settings as Record<string, unknown>;
      const view = new Set(['text', ...(cfg.current.viewKeys ?? [])]);
      const changed = Object.keys(a).some((k) => !view.has(k) && a[k] !== b[k]);
      if (changed) {
        client.current?.cancel('train');
        state.setResults(emptyWordRun());
      } else if (a.text !== b.text) read();
    });
    return () => {
      unsubscribe();
      client.current?.dispose();
      client.current = null;
    };
  }, [store, read]);

  const train = useCallback(() => {
    const { results } = store.getState();
    const fresh = results.status === 'idle' ? cfg.current.fresh() : undefined;
    if (fresh) store.getState().setResults({ ...emptyWordRun(), status: 'running' });
    else store.getState().setResults({ status: 'running', error: null });
    const job = { fresh, steps: cfg.current.steps(), evalEvery: cfg.current.evalEvery };
    worker().run<WordTrainProgress, unknown>('train', cfg.current.tasks?.train ?? 'word-train', job, {
      onProgress: (p) => {
        const s = store.getState();
        s.setResults({ runs: applyWordProgress(s.results.runs, p) });
        const now = Date.now();
        if (now - lastRead.current > READ_EVERY_MS) {
          lastRead.current = now;
          read();
        }
      },
      onResult: () => {
        store.getState().setResults({ status: 'finished' });
        read();
      },
      onError: (message) => store.getState().setResults({ status: 'stopped', error: message }),
    });
  }, [store, worker, read]);

  const stop = useCallback(() => {
    client.current?.cancel('train');
    store.getState().setResults({ status: 'stopped' });
    read();
  }, [store, read]);

  const clear = useCallback(() => {
    client.current?.cancel('train');
    store.getState().setResults(emptyWordRun());
  }, [store]);

  return { train, stop, clear, read, worker };
}
