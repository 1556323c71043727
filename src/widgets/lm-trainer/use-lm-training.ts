/**
 * Drives the worker's training session: start (run until paused), pause, one step,
 * reset. A change of model settings resets the curves; the worker starts a new
 * session on the next command.
 */
import { useEffect } from 'react';
import type { WidgetStore } from '../../state/widget-store';
import type { LmTrainPayload, LmTrainProgress } from '../../worker/tasks/lm-train';
import type { LmTrainerSchema } from './schema';
import { applyPoint, emptyTraining, type TrainResults } from './training-state';
import { siteBaseUrl } from '../char-lm/site';
import { useStoreComputeClient } from '../../worker/use-compute-worker';

export function useLmTraining(store: WidgetStore<LmTrainerSchema, TrainResults>) {
  // The worker holds the weights being trained: it stays through a language switch.
  const getClient = useStoreComputeClient(store);

  useEffect(() => {
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.settings !== prev.settings) {
        getClient().cancel('train');
        state.setResults(emptyTraining());
      }
    });
    const stopCrashes = getClient().onCrash((message) => store.getState().setResults({ status: 'paused', error: message }));
    return () => {
      unsubscribe();
      stopCrashes();
    };
  }, [store, getClient]);

  const send = (command: LmTrainPayload['command']) => {
    const { settings, setResults, results } = store.getState();
    const payload: LmTrainPayload = { baseUrl: siteBaseUrl(), command, ...settings };
    const fresh = command === 'reset' || results.latest === null;
    setResults({ status: command === 'run' ? 'running' : fresh ? 'loading' : results.status === 'running' ? 'running' : 'paused', error: null,
      ...(command === 'reset' ? { train: [], heldOut: [], latest: null } : {}) });
    getClient().run<LmTrainProgress, unknown>('train', 'lm-train', payload, {
      onProgress: (p) => {
        const s = store.getState();
        if (p.phase === 'loading') s.setResults({ loading: p });
        else s.setResults(applyPoint(s.results, p));
      },
      onResult: () => {
        const s = store.getState();
        if (command !== 'run' || s.results.status === 'running') s.setResults({ status: 'paused' });
      },
      onError: (message) => store.getState().setResults({ status: 'paused', loading: null, error: message }),
    });
  };

  return {
    start: () => send('run'),
    pause: () => {
      getClient().cancel('train');
      store.getState().setResults({ status: 'paused' });
    },
    step: () => send('step'),
    reset: () => send('reset'),
  };
}
