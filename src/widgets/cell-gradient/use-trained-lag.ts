/**
 * Trains the lag experiment's simple RNN and LSTM briefly, one compute worker each, and
 * keeps their weights for the settings they were trained at (a change of lag, bias or
 * seed drops them). The chart then measures the trained models' gradients.
 */
import { useEffect, useRef, useState } from 'react';
import { createComputeClient, type ComputeClient } from '../../worker/client';
import { makeComputeWorker } from '../../worker/use-compute-worker';
import { classifierAsLanguageModel } from '../../core/classifier-as-lm';
import { LAG_VOCAB } from '../../data/long-lag';
import type { CellKind } from '../../core/params';
import type { LagTrainedPayload, LagTrainedResult } from '../../worker/tasks/lag-trained-params';
import type { CellGradientSettings, LagModels } from './compute';
import { TRAIN_STEPS } from './schema';


const CELLS: CellKind[] = ['rnn', 'lstm'];

export interface TrainedState {
  status: 'idle' | 'training' | 'ready' | 'error';
  /** Held-out recall accuracy and steps so far, per cell. */
  progress: Partial<Record<CellKind, { step: number; accuracy: number }>>;
  models: LagModels | null;
  error: string | null;
}

const IDLE: TrainedState = { status: 'idle', progress: {}, models: null, error: null };

export function useTrainedLag(settings: CellGradientSettings) {
  const [state, setState] = useState<TrainedState>(IDLE);
  const clients = useRef<Partial<Record<CellKind, ComputeClient>>>({});
  const key = `${settings.lag}|${settings.forgetBias}|${settings.seed}`;

  // New settings: the trained weights no longer match; stop any training.
  useEffect(() => {
    setState(IDLE);
    return () => CELLS.forEach((c) => clients.current[c]?.cancel('train'));
  }, [key]);
  useEffect(() => () => {
    CELLS.forEach((c) => clients.current[c]?.dispose());
    clients.current = {};
  }, []);

  const train = () => {
    setState({ ...IDLE, status: 'training' });
    const got: Partial<LagModels> = {};
    for (const cell of CELLS) {
      let client = clients.current[cell];
      if (!client) {
        client = createComputeClient(makeComputeWorker);
        client.onCrash((message) => setState((s) => ({ ...s, status: 'error', error: message })));
        clients.current[cell] = client;
      }
      const payload: LagTrainedPayload = { cell, lag: settings.lag, steps: TRAIN_STEPS, seed: settings.seed, forgetBias: settings.forgetBias };
      client.run<{ step: number; accuracy: number }, LagTrainedResult | null>('train', 'lag-trained-params', payload, {
        onProgress: (p) => setState((s) => ({ ...s, progress: { ...s.progress, [cell]: p } })),
        onResult: (r) => {
          if (!r?.params) return;
          got[cell] = classifierAsLanguageModel(r.params, LAG_VOCAB);
          setState((s) => ({ ...s, progress: { ...s.progress, [cell]: { step: r.step, accuracy: r.accuracy } },
            ...(got.rnn && got.lstm ? { status: 'ready', models: { rnn: got.rnn, lstm: got.lstm } } : {}) }));
        },
        onError: (message) => setState((s) => ({ ...s, status: 'error', error: message })),
      });
    }
  };

  const forget = () => {
    CELLS.forEach((c) => clients.current[c]?.cancel('train'));
    setState(IDLE);
  };

  return { state, train, forget };
}
