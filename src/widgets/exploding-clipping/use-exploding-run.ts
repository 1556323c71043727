/**
 * Drives the run in a compute worker. Every job continues the same run in the
 * worker, so pausing is cancelling, and a change of clipping, threshold or learning
 * rate while training starts a new job with the new controls from the next step on
 * ("change the run live"). ρ and the seed define the run: changing them resets it.
 */
import { useEffect, useRef } from 'react';
import { createComputeClient, type ComputeClient } from '../../worker/client';
import { makeComputeWorker } from '../../worker/use-compute-worker';
import type { WidgetStore } from '../../state/widget-store';
import type { ExplodingJob, ExplodingJobEnd, ExplodingProgress } from '../../worker/tasks/exploding-run';
import { STEP_BUDGET, STEP_DELAY_MS, type ExplodingSchema } from './schema';
import { explodingControls, explodingFresh } from './job';
import { applyStep, blowUpOf, emptyRun, startReplay, type ExplodingResults } from './run-state';

type Store = WidgetStore<ExplodingSchema, ExplodingResults>;

const CHANNEL = 'run';

export function useExplodingRun(store: Store) {
  const clientRef = useRef<ComputeClient | null>(null);

  const client = (): ComputeClient => {
    if (!clientRef.current) {
      const c = createComputeClient(makeComputeWorker);
      // A restarted worker has lost the run: start over.
      c.onCrash((message) => store.getState().setResults({ ...emptyRun(), error: message }));
      clientRef.current = c;
    }
    return clientRef.current;
  };

  const launch = (job: Omit<ExplodingJob, 'controls' | 'lastStep'>) => {
    const { settings } = store.getState();
    const payload: ExplodingJob = { ...job, controls: explodingControls(settings), lastStep: STEP_BUDGET };
    client().run<ExplodingProgress, ExplodingJobEnd | null>(CHANNEL, 'exploding-run', payload, {
      onProgress: (p) => {
        const s = store.getState();
        s.setResults(applyStep(s.results, p));
      },
      onResult: (end) => {
        if (end === null) return;
        store.getState().setResults({ status: end === 'blew-up' ? 'blown' : end === 'budget' ? 'finished' : 'paused' });
      },
      onError: (message) => store.getState().setResults({ status: 'paused', error: message }),
    });
  };

  useEffect(() => {
    const unsubscribe = store.subscribe((state, prev) => {
      const a = state.settings;
      const b = prev.settings;
      if (a === b) return;
      if (a.rho !== b.rho || a.seed !== b.seed) {
        clientRef.current?.cancel(CHANNEL);
        state.setResults(emptyRun());
      } else if (state.results.status === 'running' && (a.lr !== b.lr || a.clip !== b.clip || a.threshold !== b.threshold)) {
        launch({ maxSteps: STEP_BUDGET, delayMs: STEP_DELAY_MS });
      }
    });
    return () => {
      unsubscribe();
      clientRef.current?.dispose();
      clientRef.current = null;
    };
  }, [store]);

  const fresh = () => {
    return explodingFresh(store.getState().settings);
  };

  /** Train (or continue) at the watchable pace. */
  const play = () => {
    const { results } = store.getState();
    store.getState().setResults({ status: 'running', error: null });
    launch({ fresh: results.status === 'idle' ? fresh() : undefined, maxSteps: STEP_BUDGET, delayMs: STEP_DELAY_MS });
  };

  const pause = () => {
    clientRef.current?.cancel(CHANNEL);
    store.getState().setResults({ status: 'paused' });
  };

  /** One update, then paused. */
  const step = () => {
    const { results } = store.getState();
    store.getState().setResults({ status: 'running', error: null });
    launch({ fresh: results.status === 'idle' ? fresh() : undefined, maxSteps: 1, delayMs: 0 });
  };

  /** Rewinds to where the blow-up began and trains on with clipping switched on. */
  const replay = () => {
    const s = store.getState();
    const blown = blowUpOf(s.results.active === 'main' ? s.results.main : s.results.branch);
    if (!blown?.replayFrom) return;
    // Clipping first, while not running, so the settings subscription starts no job of its own.
    if (!s.settings.clip) s.set({ clip: true });
    s.setResults(startReplay(s.results, blown.replayFrom));
    launch({ rewindTo: blown.replayFrom, maxSteps: STEP_BUDGET, delayMs: STEP_DELAY_MS });
  };

  const reset = () => {
    clientRef.current?.cancel(CHANNEL);
    store.getState().setResults(emptyRun());
  };

  return { play, pause, step, replay, reset, client };
}
