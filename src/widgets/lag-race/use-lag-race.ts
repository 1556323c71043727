/**
 * Runs the race: one compute worker per cell, so the simple RNN and the LSTM train
 * side by side on the two cores. Stopping cancels both; starting again continues
 * with the lags not finished yet. Any change of settings clears the results.
 */
import { useEffect, useRef } from 'react';
import { createComputeClient, type ComputeClient } from '../../worker/client';
import { makeComputeWorker } from '../../worker/use-compute-worker';
import type { CellKind } from '../../core/params';
import type { WidgetStore } from '../../state/widget-store';
import type { LagSweepPayload, LagSweepProgress } from '../../worker/tasks/lag-sweep';
import { LAG_SETS, type LagRaceSchema } from './schema';
import { applyProgress, emptyRace, remainingLags, type RaceResults } from './race-state';

const CELLS: CellKind[] = ['rnn', 'lstm'];

export function useLagRace(store: WidgetStore<LagRaceSchema, RaceResults>) {
  const clients = useRef<Partial<Record<CellKind, ComputeClient>>>({});

  useEffect(() => {
    const made = clients.current;
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.settings !== prev.settings) {
        for (const c of CELLS) made[c]?.cancel('sweep');
        state.setResults(emptyRace());
      }
    });
    return () => {
      unsubscribe();
      for (const c of CELLS) made[c]?.dispose();
      clients.current = {};
    };
  }, [store]);

  const client = (cell: CellKind): ComputeClient => {
    let c = clients.current[cell];
    if (!c) {
      c = createComputeClient(makeComputeWorker);
      c.onCrash((message) => store.getState().setResults({ status: 'stopped', error: message }));
      clients.current[cell] = c;
    }
    return c;
  };

  const finishIfDone = () => {
    const { results, settings } = store.getState();
    const lags = LAG_SETS[settings.lags];
    if (CELLS.every((c) => remainingLags(results.runs, c, lags).length === 0)) store.getState().setResults({ status: 'finished' });
  };

  const start = () => {
    const { settings, results } = store.getState();
    const lags = LAG_SETS[settings.lags];
    store.getState().setResults({ status: 'running', error: null });
    for (const cell of CELLS) {
      const todo = remainingLags(results.runs, cell, lags);
      if (todo.length === 0) continue;
      const payload: LagSweepPayload = { cell, lags: todo, steps: settings.steps, seed: settings.seed, forgetBias: settings.forgetBias };
      client(cell).run<LagSweepProgress, unknown>('sweep', 'lag-sweep', payload, {
        onProgress: (p) => {
          const s = store.getState();
          s.setResults({ runs: applyProgress(s.results.runs, cell, p) });
        },
        onResult: finishIfDone,
        onError: (message) => store.getState().setResults({ status: 'stopped', error: message }),
      });
    }
    finishIfDone();
  };

  const stop = () => {
    for (const c of CELLS) clients.current[c]?.cancel('sweep');
    store.getState().setResults({ status: 'stopped' });
  };

  const reset = () => {
    for (const c of CELLS) clients.current[c]?.cancel('sweep');
    store.getState().setResults(emptyRace());
  };

  return { start, stop, reset };
}
